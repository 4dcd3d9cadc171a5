// SPDX-License-Identifier: GPL-3.0-or-later
// crego-sandbox: the local Crego API server, for tests, demos and developing against.
#include "sandboxcommandline.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Crego Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Crego"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREGO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Serves the Crego lending API on 127.0.0.1 from a seeded SQLite portfolio."));
    parser.addHelpOption();
    parser.addVersionOption();
    Crego::Sandbox::SandboxCommandLine::addOptions(parser);
    parser.process(application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Crego::Sandbox::SandboxOptions options;
    QString error;
    if (!Crego::Sandbox::SandboxCommandLine::read(parser, options, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    const bool generatedToken = options.token.isEmpty();
    Crego::Sandbox::SandboxServer server(options);
    if (!server.start(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    if (generatedToken) {
        out << "token: " << server.token() << Qt::endl;
    }
    QObject::connect(&server, &Crego::Sandbox::SandboxServer::tokenRotated, &server,
        [&out, &server] { out << "token: " << server.token() << Qt::endl; });
    return application.exec();
}
