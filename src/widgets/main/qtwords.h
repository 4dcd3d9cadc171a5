// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Crego::Widgets {

//! Qt's own words that the app's windows show — standard buttons (OK, Cancel, Yes, No…) and the edit menu
//! of text fields. Qt has no Hindi catalogue, so the app's catalogue carries them (lupdate reads the marks
//! in the .cpp) and answers for Qt's contexts.
class QtWords
{
public:
    //! Each word as "context|source", as the catalogues hold them.
    static QStringList all();
};

} // namespace Crego::Widgets
