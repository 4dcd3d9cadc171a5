// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

//! Loads Qt's own catalog and ours (embedded under :/i18n) for the user's language.
void installTranslations(QApplication& application)
{
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    auto* appTranslator = new QTranslator(&application);
    if (appTranslator->load(QLocale(), QStringLiteral("crego-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(appTranslator);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crego Desk"));
    QApplication::setOrganizationName(QStringLiteral("Crego"));
    QApplication::setOrganizationDomain(QStringLiteral("crego.io"));
    QApplication::setApplicationVersion(QStringLiteral(CREGO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.crego.CregoDesk"));

    installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for the Crego lending API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(application);

    Crego::Widgets::MainWindow window;
    window.show();
    return application.exec();
}
