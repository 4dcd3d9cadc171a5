// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Crego::Widgets {

namespace {

//! The two translators, owned by the application object once installed.
QTranslator*& qtTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

QTranslator*& appTranslator()
{
    static QTranslator* translator = nullptr;
    return translator;
}

void replace(QTranslator*& current, QTranslator* next)
{
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    if (next) {
        QCoreApplication::installTranslator(next);
        current = next;
    }
}

} // namespace

bool AppTranslations::install(const QLocale& locale)
{
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(qtTranslator(), qt);
    auto* app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("crego-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete app;
        app = nullptr;
    }
    replace(appTranslator(), app);
    return app != nullptr;
}

} // namespace Crego::Widgets
