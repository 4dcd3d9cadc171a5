// SPDX-License-Identifier: GPL-3.0-or-later
#include "probecommand.h"

#include "apiprobe.h"
#include "conventionprobe.h"
#include "sandboxcommandline.h"
#include "sandboxthread.h"
#include "session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace Crego::App {

int ProbeCommand::run(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Crego Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Crego"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "probe", "Walks the Crego API read-only and reports, per endpoint, whether its answer decoded."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("probe"), QCoreApplication::translate("probe", "The probe command."));
    const QCommandLineOption urlOption(QStringLiteral("url"),
        QCoreApplication::translate("probe", "Base URL of the API, e.g. https://preprod.api.crego.io"),
        QStringLiteral("URL"));
    const QCommandLineOption tokenEnvOption(QStringLiteral("token-env"),
        QCoreApplication::translate("probe", "Environment variable holding the bearer token (default CREGO_TOKEN)."),
        QStringLiteral("VAR"), QStringLiteral("CREGO_TOKEN"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QCoreApplication::translate("probe", "Probe a built-in sandbox started for the purpose."));
    parser.addOptions({ urlOption, tokenEnvOption, sandboxOption });
    Sandbox::SandboxCommandLine::addOptions(parser);
    parser.process(application);

    QUrl url = QUrl(parser.value(urlOption));
    QString token = qEnvironmentVariable(parser.value(tokenEnvOption).toLocal8Bit().constData());
    std::unique_ptr<Sandbox::SandboxThread> sandbox;
    if (parser.isSet(sandboxOption)) {
        Sandbox::SandboxOptions options;
        QString error;
        if (!Sandbox::SandboxCommandLine::read(parser, options, &error)) {
            err << error << Qt::endl;
            return 2;
        }
        sandbox = std::make_unique<Sandbox::SandboxThread>(options);
        if (!sandbox->startAndWait(&error)) {
            err << error << Qt::endl;
            return 1;
        }
        url = sandbox->baseUrl();
        token = sandbox->token();
    }
    if (url.isEmpty()) {
        err << QCoreApplication::translate("probe", "Give --url URL (and the token in $CREGO_TOKEN) or --sandbox.")
            << Qt::endl;
        return 2;
    }

    // A probe reports a refused token as a refusal: nobody is there to sign in again.
    Api::Session::CallPolicy policy;
    policy.holdForSignIn = false;
    Api::Session session(policy);
    QString error;
    if (!session.open(Api::ConnectionProfile::custom(url), token, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    Api::ApiProbe probe(session.client());
    QObject::connect(&probe, &Api::ApiProbe::rowAdded, &probe,
        [&out](const Api::ApiProbe::Row& row) { out << Api::ApiProbe::format(row) << Qt::endl; });
    Api::ConventionProbe conventions(session.client());
    QObject::connect(&probe, &Api::ApiProbe::finished, &application, [&] {
        const int decoded = int(std::count_if(
            probe.rows().cbegin(), probe.rows().cend(), [](const Api::ApiProbe::Row& row) { return row.decoded; }));
        out << QCoreApplication::translate("probe", "%1 of %2 endpoints answered and decoded.")
                   .arg(decoded)
                   .arg(probe.rows().size())
            << Qt::endl;
        conventions.start();
    });
    QObject::connect(&conventions, &Api::ConventionProbe::finished, &application, [&] {
        out << QCoreApplication::translate("probe", "Conventions this server follows:") << Qt::endl;
        for (const QString& finding : conventions.findings()) {
            out << "  " << finding << Qt::endl;
        }
        application.exit(probe.allDecoded() ? 0 : 1);
    });
    out << QCoreApplication::translate("probe", "Probing %1").arg(url.toString()) << Qt::endl;
    probe.start();
    return application.exec();
}

} // namespace Crego::App
