// SPDX-License-Identifier: GPL-3.0-or-later
#include "cregoclient.h"
#include "mainwindow.h"
#include "probecommand.h"
#include "sandboxcommandline.h"
#include "sandboxthread.h"
#include "tokenstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

#include <memory>

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
    if (argc > 1 && qstrcmp(argv[1], "probe") == 0) {
        return Crego::App::ProbeCommand::run(argc, argv);
    }
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
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the built-in sandbox server and work against it."));
    parser.addOption(sandboxOption);
    Crego::Sandbox::SandboxCommandLine::addOptions(parser);
    parser.process(application);

    // First start on a machine with no connection configured, or last used: the built-in sandbox.
    const std::optional<Crego::Api::ConnectionProfile::Kind> remembered = Crego::Widgets::MainWindow::rememberedKind();
    const bool useSandbox
        = parser.isSet(sandboxOption) || !remembered || *remembered == Crego::Api::ConnectionProfile::Kind::Sandbox;
    std::unique_ptr<Crego::Sandbox::SandboxThread> sandbox;
    if (useSandbox) {
        Crego::Sandbox::SandboxOptions options;
        QString error;
        if (!Crego::Sandbox::SandboxCommandLine::read(parser, options, &error)) {
            qCritical("%s", qPrintable(error));
            return 2;
        }
        sandbox = std::make_unique<Crego::Sandbox::SandboxThread>(options);
        if (!sandbox->startAndWait(&error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
    }

    QNetworkAccessManager network;
    Crego::Api::CregoClient client(&network);
    Crego::Api::TokenStore tokens;
    Crego::Widgets::MainWindow window;
    if (sandbox) {
        // The sandbox makes up a token each start: it stays in memory.
        tokens.setKeychainEnabled(false);
        const auto profile = Crego::Api::ConnectionProfile::sandbox(sandbox->baseUrl());
        client.transport().setBaseUrl(profile.baseUrl());
        client.transport().setToken(sandbox->token());
        window.setConnection(&client, &tokens, profile, profile);
        window.showLeads(&client);
        if (!remembered && !parser.isSet(sandboxOption)) {
            // First start: say where the app is connected and offer the alternatives, sandbox preselected.
            QTimer::singleShot(0, &window, [&window] {
                window.showConnectionDialog(QApplication::translate("main",
                    "Welcome to Crego Desk. You are connected to the built-in sandbox, a demo portfolio on this "
                    "computer. Choose Crego preprod or your own server to work with real data."));
            });
        }
    } else {
        const Crego::Api::ConnectionProfile profile = Crego::Widgets::MainWindow::rememberedProfile();
        client.transport().setBaseUrl(profile.baseUrl());
        window.setConnection(&client, &tokens, profile, std::nullopt);
        QObject::connect(&tokens, &Crego::Api::TokenStore::loaded, &window,
            [&client, &window](const QString&, const QString& token) {
                if (token.isEmpty()) {
                    window.showConnectionDialog(QApplication::translate("main", "Sign in to start."));
                } else {
                    client.transport().setToken(token);
                }
                window.showLeads(&client);
            });
        tokens.load(profile.key());
    }
    window.show();
    return application.exec();
}
