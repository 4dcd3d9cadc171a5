// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crego Desk"));
    QApplication::setOrganizationName(QStringLiteral("Crego"));
    QApplication::setOrganizationDomain(QStringLiteral("crego.io"));
    QApplication::setApplicationVersion(QStringLiteral(CREGO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.crego.CregoDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for the Crego lending API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(application);

    Crego::Widgets::MainWindow window;
    window.show();
    return application.exec();
}
