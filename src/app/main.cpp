// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatortuning.h"
#include "appicon.h"
#include "apptheme.h"
#include "apptranslations.h"
#include "exportcommand.h"
#include "firstpaintreporter.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "probecommand.h"
#include "runtimedirectory.h"
#include "sandboxcommandline.h"
#include "sandboxthread.h"
#include "session.h"
#include "windowkeeper.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Crego Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Crego"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("crego.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREGO_VERSION));
}

//! The options of a plain `crego-desk` run (the sandbox's are added by SandboxCommandLine).
struct DeskOptions
{
    QCommandLineOption version;
    QCommandLineOption sandbox;
    QCommandLineOption firstPaint;
};

DeskOptions addDeskOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop client for the Crego lending API."));
    parser.addHelpOption();
    DeskOptions options {
        QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") },
            QCoreApplication::translate("main", "Print the version of Crego Desk and of the Qt it runs on.")),
        QCommandLineOption(QStringLiteral("sandbox"),
            QCoreApplication::translate("main", "Start the built-in sandbox server and work against it.")),
        QCommandLineOption(QStringLiteral("exit-after-first-paint"),
            QCoreApplication::translate(
                "main", "Quit once the lead list has painted its first rows (bench/run startup).")),
    };
    options.firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(options.version);
    parser.addOption(options.sandbox);
    parser.addOption(options.firstPaint);
    Crego::Sandbox::SandboxCommandLine::addOptions(parser);
    return options;
}

//! True when the command line asks for the help or the version: answered without a window, so that they
//! work without a display and print nothing but the answer.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" || argument == "-v"
            || argument == "--version") {
            return true;
        }
    }
    return false;
}

int answerInText(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    nameTheApplication();
    Crego::Widgets::AppTranslations::install(Crego::Widgets::Preferences::load().locale());
    QCommandLineParser parser;
    const DeskOptions options = addDeskOptions(parser);
    parser.process(application); // --help prints and exits here; a bad option too, with the reason
    if (parser.isSet(options.version)) {
        const QString text = QCoreApplication::translate("main", "%1 %2\nQt %3 (built with Qt %4)\n")
                                 .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
                                     QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
        std::fputs(qPrintable(text), stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply();
    Crego::App::RuntimeDirectory::ensure();
    if (argc > 1 && qstrcmp(argv[1], "probe") == 0) {
        return Crego::App::ProbeCommand::run(argc, argv);
    }
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        return Crego::App::ExportCommand::run(argc, argv);
    }
    if (asksForTextOnly(argc, argv)) {
        return answerInText(argc, argv);
    }
    QApplication application(argc, argv);
    nameTheApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.crego.CregoDesk"));
    const Crego::Widgets::Preferences preferences = Crego::Widgets::Preferences::load();
    Crego::Widgets::AppTheme::apply(preferences.theme);
    QApplication::setWindowIcon(Crego::Widgets::AppIcon::icon()); // every window's and dialog's

    Crego::Widgets::AppTranslations::install(preferences.locale());

    QCommandLineParser parser;
    const DeskOptions deskOptions = addDeskOptions(parser);
    parser.process(application);

    // First start on a machine with no connection configured, or last used: the built-in sandbox.
    const std::optional<Crego::Api::ConnectionProfile::Kind> remembered = Crego::Api::Session::rememberedKind();
    const bool useSandbox = parser.isSet(deskOptions.sandbox) || !remembered
        || *remembered == Crego::Api::ConnectionProfile::Kind::Sandbox;
    std::unique_ptr<Crego::Sandbox::SandboxThread> sandbox;
    if (useSandbox) {
        Crego::Sandbox::SandboxOptions options;
        QString error;
        if (!Crego::Sandbox::SandboxCommandLine::read(parser, options, &error)) {
            qCritical("%s", qPrintable(error));
            return 2;
        }
        sandbox = std::make_unique<Crego::Sandbox::SandboxThread>(options);
        sandbox->start(); // opens its data file while the window is built
    }

    Crego::Api::Session session;
    Crego::Widgets::WindowKeeper windows; // opens the window afresh when the user switches the language
    Crego::Widgets::MainWindow& window = *windows.create();
    if (sandbox) {
        QString error;
        if (!sandbox->waitUntilListening(&error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        // The sandbox makes up a token each start: it stays in memory.
        const auto profile = Crego::Api::ConnectionProfile::sandbox(sandbox->baseUrl());
        session.setSandboxProfile(profile);
        session.open(profile, sandbox->token());
        window.setSession(&session);
        window.showLeads();
        if (!remembered && !parser.isSet(deskOptions.sandbox)) {
            // First start: say where the app is connected and offer the alternatives, sandbox preselected.
            QTimer::singleShot(0, &window, [&window] {
                window.showConnectionDialog(QApplication::translate("main",
                    "Welcome to Crego Desk. You are connected to the built-in sandbox, a demo portfolio on this "
                    "computer. Choose Crego preprod or your own server to work with real data."));
            });
        }
    } else {
        session.open(Crego::Api::Session::rememberedProfile());
        window.setSession(&session);
        QObject::connect(&session, &Crego::Api::Session::tokenRestored, &window, [&window](bool found) {
            if (!found) {
                window.showConnectionDialog(QApplication::translate("main", "Sign in to start."));
            }
            window.showLeads();
        });
        session.restoreToken();
    }
    if (parser.isSet(deskOptions.firstPaint) && window.leadListPage()) {
        new Crego::Widgets::FirstPaintReporter(window.leadListPage()->table());
    }
    window.show();
    return application.exec();
}
