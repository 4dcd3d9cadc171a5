// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandconnection.h"
#include "leadlistworkbook.h"
#include "leadpager.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Crego::App {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("export", text);
}

} // namespace

int ExportCommand::run(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Crego Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Crego"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports every lead matching the filters, all pages, to an Excel workbook."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("The export command."));
    parser.addPositionalArgument(QStringLiteral("report"), tr("What to export: leads."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The workbook to write (.xlsx)."), QStringLiteral("FILE"));
    const QCommandLineOption search(
        QStringLiteral("search"), tr("Leads whose name, ref id or mobile match."), QStringLiteral("TEXT"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("Lead statuses, comma-separated."), QStringLiteral("LIST"));
    const QCommandLineOption npa(QStringLiteral("npa"), tr("NPA classes, comma-separated."), QStringLiteral("LIST"));
    const QCommandLineOption dpdMin(
        QStringLiteral("dpd-min"), tr("Leads at least N days past due."), QStringLiteral("N"));
    const QCommandLineOption dpdMax(
        QStringLiteral("dpd-max"), tr("Leads at most N days past due."), QStringLiteral("N"));
    const QCommandLineOption columns(QStringLiteral("columns"),
        tr("Columns, comma-separated, in order: %1.").arg(Export::LeadListWorkbook::columnKeys().join(u',')),
        QStringLiteral("LIST"));
    const QCommandLineOption fullMobiles(QStringLiteral("full-mobiles"), tr("Write mobile numbers in full."));
    parser.addOptions({ out, search, status, npa, dpdMin, dpdMax, columns, fullMobiles });
    CommandConnection connection("export");
    connection.addOptions(parser);
    parser.process(application);

    const auto fail = [&err](const QString& reason, int code) {
        err << reason << Qt::endl;
        return code;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.at(1) != u"leads") {
        return fail(tr("Say what to export: crego-desk export leads … --out FILE.xlsx"), 2);
    }
    if (!parser.isSet(out)) {
        return fail(tr("Give --out FILE.xlsx."), 2);
    }
    const QStringList chosen = parser.isSet(columns) ? parser.value(columns).split(u',', Qt::SkipEmptyParts)
                                                     : Export::LeadListWorkbook::defaultColumns();
    if (const QStringList unknown = Export::LeadListWorkbook::unknownColumns(chosen); !unknown.isEmpty()) {
        return fail(tr("No column is called %1; use %2.")
                        .arg(unknown.join(QStringLiteral(", ")), Export::LeadListWorkbook::columnKeys().join(u',')),
            2);
    }
    Api::LeadQuery query;
    query.pageSize = 200;
    query.search = parser.value(search);
    query.statuses = parser.value(status).split(u',', Qt::SkipEmptyParts);
    query.npaCategories = parser.value(npa).split(u',', Qt::SkipEmptyParts);
    QStringList filters;
    for (const QCommandLineOption* option : { &search, &status, &npa, &dpdMin, &dpdMax }) {
        if (parser.isSet(*option)) {
            filters.append(QStringLiteral("%1: %2").arg(option->names().constFirst(), parser.value(*option)));
        }
    }
    for (const auto& [option, target] :
        { std::pair { &dpdMin, &query.dpdMin }, std::pair { &dpdMax, &query.dpdMax } }) {
        if (parser.isSet(*option)) {
            bool ok = false;
            *target = parser.value(*option).toInt(&ok);
            if (!ok || **target < 0) {
                return fail(tr("--%1 takes a number of days.").arg(option->names().constFirst()), 2);
            }
        }
    }

    QString error;
    int exitCode = 0;
    if (!connection.open(parser, &error, &exitCode)) {
        return fail(error, exitCode);
    }
    const QString path = QDir::current().absoluteFilePath(parser.value(out));
    Export::LeadListWorkbook workbook(path, chosen,
        { filters.join(QStringLiteral("; ")), connection.description(), QDateTime::currentDateTime(),
            parser.isSet(fullMobiles) });
    if (!workbook.isOpen()) {
        return fail(workbook.error(), 1);
    }
    Api::LeadPager pager(connection.session().client(), query);
    QObject::connect(&pager, &Api::LeadPager::pageArrived, &application,
        [&workbook](const QList<Core::Lead>& leads) { workbook.append(leads); });
    QObject::connect(&pager, &Api::LeadPager::progress, &application, [&err](qint64 loaded, qint64 total) {
        err << (total >= 0 ? tr("%1 of %2 leads").arg(loaded).arg(total) : tr("%1 leads").arg(loaded)) << Qt::endl;
    });
    QObject::connect(&pager, &Api::LeadPager::finished, &application, [&](const Api::ApiError& result) {
        if (result.isError()) {
            err << tr("Export failed: %1").arg(result.message()) << Qt::endl;
            application.exit(1);
        } else if (!workbook.commit()) {
            err << workbook.error() << Qt::endl;
            application.exit(1);
        } else {
            err << tr("Wrote %1 leads to %2").arg(workbook.rowCount()).arg(QDir::toNativeSeparators(path)) << Qt::endl;
            application.exit(0);
        }
    });
    pager.start();
    return application.exec();
}

} // namespace Crego::App
