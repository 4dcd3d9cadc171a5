// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Crego::Widgets {

namespace {

//! The catalogues installed now, owned by the application object.
struct Installed
{
    QTranslator* qt = nullptr;
    QTranslator* app = nullptr;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

//! Installs \a name's catalogue for \a locale from \a folder in place of \a current (removed either way).
void replace(QTranslator*& current, const QLocale& locale, const QString& name, const QString& folder)
{
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto* next = new QTranslator(QCoreApplication::instance());
    if (next->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(next);
        current = next;
    } else {
        delete next;
    }
}

} // namespace

bool AppTranslations::install(const QLocale& locale)
{
    // Dates, percentages and sizes follow the language too ("2 अक्तू॰ 2026"); Hindi keeps Latin digits and
    // Indian grouping, as amounts do.
    QLocale::setDefault(locale);
    replace(installed().qt, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(installed().app, locale, QStringLiteral("crego-desk"), QStringLiteral(":/i18n"));
    return installed().app != nullptr;
}

} // namespace Crego::Widgets
