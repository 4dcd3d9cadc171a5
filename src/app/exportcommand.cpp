// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandconnection.h"
#include "cregoclient.h"
#include "leadcolumns.h"
#include "leaddetailloader.h"
#include "leadlistexport.h"
#include "linereportexport.h"
#include "portfolioexport.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"

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
    parser.setApplicationDescription(tr("Exports a report to an Excel workbook: every lead matching the filters "
                                        "(all pages), one borrower's line report, or the portfolio."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), tr("The export command."));
    parser.addPositionalArgument(QStringLiteral("report"),
        tr("What to export: leads, line LEAD (a ref ID or a lead id), or portfolio."), tr("leads|line|portfolio"));
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
        tr("Lead list columns, comma-separated, in order: %1.").arg(Export::LeadColumns::keys().join(u',')),
        QStringLiteral("LIST"));
    const QCommandLineOption fullMobiles(
        QStringLiteral("full-mobiles"), tr("Lead list: write mobile numbers in full."));
    const QCommandLineOption fullAccounts(QStringLiteral("full-account-numbers"),
        tr("Line report: write bank account numbers in full (the workbook says so in its header)."));
    parser.addOptions({ out, search, status, npa, dpdMin, dpdMax, columns, fullMobiles, fullAccounts });
    CommandConnection connection("export");
    connection.addOptions(parser);
    parser.process(application);

    const auto fail = [&err](const QString& reason, int code) {
        err << reason << Qt::endl;
        return code;
    };
    const QStringList positional = parser.positionalArguments();
    const QString report = positional.value(1);
    if (report != u"leads" && report != u"portfolio" && !(report == u"line" && positional.size() == 3)) {
        return fail(tr("Say what to export: crego-desk export leads|line LEAD_ID|portfolio … --out FILE.xlsx"), 2);
    }
    if (!parser.isSet(out)) {
        return fail(tr("Give --out FILE.xlsx."), 2);
    }
    const QStringList chosen = parser.isSet(columns) ? parser.value(columns).split(u',', Qt::SkipEmptyParts)
                                                     : Export::LeadColumns::defaults();
    if (const QStringList unknown = Export::LeadColumns::unknown(chosen); !unknown.isEmpty()) {
        return fail(tr("No column is called %1; use %2.")
                        .arg(unknown.join(QStringLiteral(", ")), Export::LeadColumns::keys().join(u',')),
            2);
    }
    Api::LeadQuery query;
    query.pageSize = 200;
    query.search = parser.value(search);
    query.statuses = parser.value(status).split(u',', Qt::SkipEmptyParts);
    query.npaCategories = parser.value(npa).split(u',', Qt::SkipEmptyParts);
    QStringList filterWords;
    for (const QCommandLineOption* option : { &search, &status, &npa, &dpdMin, &dpdMax }) {
        if (parser.isSet(*option)) {
            filterWords.append(QStringLiteral("%1: %2").arg(option->names().constFirst(), parser.value(*option)));
        }
    }
    const QString filters = filterWords.join(QStringLiteral("; "));
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
    Api::CregoClient* client = connection.session().client();

    // Follows an export to its end: progress lines on stderr, then the outcome and the exit code.
    const auto follow = [&](Models::ExportJob* job) {
        QObject::connect(job, &Models::ExportJob::progress, &application,
            [&err, job](qint64 done, qint64 total) { err << job->progressText(done, total) << Qt::endl; });
        QObject::connect(job, &Models::ExportJob::finished, &application,
            [&err, &application, path](bool succeeded, const QString& message) {
                err << (succeeded ? tr("%1 Saved as %2.").arg(message, QDir::toNativeSeparators(path)) : message)
                    << Qt::endl;
                application.exit(succeeded ? 0 : 1);
            });
        job->start();
    };

    if (report == u"leads") {
        follow(new Models::LeadListExport(client, query, chosen,
            { filters, connection.description(), QDateTime::currentDateTime(), parser.isSet(fullMobiles) }, path,
            &application));
    } else if (report == u"line") {
        // The lead by its ref ID (what people see) or its id.
        const QString wanted = positional.at(2);
        Api::LeadQuery byRef;
        byRef.search = wanted;
        byRef.pageSize = 20;
        client->leads(byRef, &application, [&, wanted](const Api::ApiResult<Core::Page<Core::Lead>>& found) {
            QString leadId = wanted;
            if (found.ok()) {
                for (const Core::Lead& lead : found.value().items) {
                    if (lead.refId.compare(wanted, Qt::CaseInsensitive) == 0) {
                        leadId = lead.id;
                    }
                }
            }
            auto* loader = new Models::LeadDetailLoader(client, leadId, &application);
            loader->reload();
            follow(new Models::LineReportExport(
                loader, connection.description(), parser.isSet(fullAccounts), path, &application));
        });
    } else {
        auto* portfolio = new Models::PortfolioModel(&application);
        auto* loader = new Models::PortfolioLoader(client, portfolio, &application);
        QObject::connect(loader, &Models::PortfolioLoader::progress, &application, [&err](qint64 loaded, qint64 total) {
            err << (total >= 0 ? tr("%1 of %2 leads summed up").arg(loaded).arg(total)
                               : tr("%1 leads summed up").arg(loaded))
                << Qt::endl;
        });
        // portfolio by value: this block's locals are gone when the loader finishes.
        QObject::connect(
            loader, &Models::PortfolioLoader::finished, &application, [&, portfolio](const Api::ApiError& result) {
                if (result.isError()) {
                    err << tr("Export failed: %1 No file was written.").arg(result.message()) << Qt::endl;
                    application.exit(1);
                    return;
                }
                follow(new Models::PortfolioExport(
                    Models::PortfolioExport::report(*portfolio, filters, connection.description()), path,
                    &application));
            });
        loader->start(query);
    }
    return application.exec();
}

} // namespace Crego::App
