// SPDX-License-Identifier: GPL-3.0-or-later
#include "probecommand.h"

#include "apiprobe.h"
#include "commandconnection.h"
#include "conventionprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

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
    CommandConnection connection("probe");
    connection.addOptions(parser);
    parser.process(application);
    QString error;
    int exitCode = 0;
    if (!connection.open(parser, &error, &exitCode)) {
        err << error << Qt::endl;
        return exitCode;
    }
    Api::Session& session = connection.session();
    const QUrl url = connection.url();
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
