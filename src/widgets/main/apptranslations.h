// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace Crego::Widgets {

//! The app's message catalogues (compiled in under :/i18n) and Qt's own, installed for one language.
class AppTranslations
{
public:
    //! Replaces the installed catalogues with those for \a locale (English has one too, for its plural
    //! forms) and makes it the default locale, so dates name their months in that language; true when the
    //! app has a catalogue for that language.
    static bool install(const QLocale& locale);
};

} // namespace Crego::Widgets
