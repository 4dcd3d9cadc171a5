// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcommandline.h"

#include <QJsonObject>

namespace Crego::Sandbox {

namespace {

bool readRate(const QCommandLineParser& parser, const QString& name, double& rate, QString* error)
{
    if (!parser.isSet(name)) {
        return true;
    }
    bool ok = false;
    rate = parser.value(name).toDouble(&ok);
    if (!ok || rate < 0 || rate > 1) {
        *error = SandboxCommandLine::tr("--%1 takes a probability from 0 to 1").arg(name);
        return false;
    }
    return true;
}

} // namespace

void SandboxCommandLine::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        { QStringLiteral("port"), tr("Port on 127.0.0.1 to listen on; 0 picks a free one."), tr("N"),
            QStringLiteral("0") },
        { QStringLiteral("data"), tr("SQLite file; created and seeded on first start, reused after."), tr("FILE") },
        { QStringLiteral("leads"), tr("Portfolio size when seeding (1 to 100000)."), tr("N"), QStringLiteral("500") },
        { QStringLiteral("seed"), tr("Seed for the demo data and the fault sequence."), tr("S"), QStringLiteral("1") },
        { QStringLiteral("max-upload-mb"), tr("The largest document file accepted, in MB."), tr("N"),
            QStringLiteral("25") },
        { QStringLiteral("token"), tr("The bearer token to accept; a random one is printed when absent."), tr("T") },
        { QStringLiteral("latency-ms"), tr("Added latency per response, fixed or a range."), tr("N[-M]") },
        { QStringLiteral("error-rate"), tr("Share of requests answered 503 with Retry-After."), tr("P") },
        { QStringLiteral("drop-rate"), tr("Share of connections closed mid-response."), tr("P") },
        { QStringLiteral("malformed-rate"), tr("Share of responses with a truncated or non-JSON body."), tr("P") },
        { QStringLiteral("auth-expire-after"), tr("Answer 401 and rotate the token after N requests."), tr("N") },
        { QStringLiteral("stock-server"),
            tr("Behave like a stock Django REST Framework server: none of the sandbox's extensions, page-number "
               "pagination, nulls, decimal-string amounts, millisecond times, health behind the token, HTML "
               "error pages.") },
        { QStringLiteral("pagination"), tr("Lead list pagination: sandbox, page_number or cursor."), tr("STYLE") },
        { QStringLiteral("behave"),
            tr("Stock-server behaviours to switch on, comma-separated: omit_line_summary, omit_program_list, "
               "ignore_expand, "
               "ignore_unknown_filters, null_optionals, decimal_string_amounts, millisecond_timestamps, "
               "health_requires_token, html_errors, unreadable_records."),
            tr("LIST") },
    });
}

bool SandboxCommandLine::read(const QCommandLineParser& parser, SandboxOptions& options, QString* error)
{
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("--port takes a number from 0 to 65535");
        return false;
    }
    options.port = quint16(port);
    options.dataFile = parser.value(QStringLiteral("data"));
    options.leads = parser.value(QStringLiteral("leads")).toInt(&ok);
    if (!ok || options.leads < 1 || options.leads > 100000) {
        *error = tr("--leads takes a number from 1 to 100000");
        return false;
    }
    const int maxUploadMb = parser.value(QStringLiteral("max-upload-mb")).toInt(&ok);
    if (!ok || maxUploadMb < 1 || maxUploadMb > 1024) {
        *error = tr("--max-upload-mb takes a number from 1 to 1024");
        return false;
    }
    options.maxUploadBytes = qint64(maxUploadMb) * 1024 * 1024;
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        *error = tr("--seed takes a whole number");
        return false;
    }
    options.token = parser.value(QStringLiteral("token"));
    if (parser.isSet(QStringLiteral("latency-ms"))
        && !FaultInjector::parseLatency(
            parser.value(QStringLiteral("latency-ms")), options.faults.latencyMinMs, options.faults.latencyMaxMs)) {
        *error = tr("--latency-ms takes N or N-M milliseconds");
        return false;
    }
    if (!readRate(parser, QStringLiteral("error-rate"), options.faults.errorRate, error)
        || !readRate(parser, QStringLiteral("drop-rate"), options.faults.dropRate, error)
        || !readRate(parser, QStringLiteral("malformed-rate"), options.faults.malformedRate, error)) {
        return false;
    }
    QJsonObject behaviours;
    if (parser.isSet(QStringLiteral("stock-server"))) {
        behaviours.insert(QStringLiteral("stock_server"), true);
    }
    if (parser.isSet(QStringLiteral("pagination"))) {
        behaviours.insert(QStringLiteral("pagination"), parser.value(QStringLiteral("pagination")));
    }
    for (const QString& key : parser.value(QStringLiteral("behave")).split(u',', Qt::SkipEmptyParts)) {
        if (!FaultInjector::behaviourNames().contains(key.trimmed())) {
            *error = tr("--behave knows %1").arg(FaultInjector::behaviourNames().join(QStringLiteral(", ")));
            return false;
        }
        behaviours.insert(key.trimmed(), true);
    }
    if (const QString problem = FaultInjector::apply(behaviours, options.faults); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (parser.isSet(QStringLiteral("auth-expire-after"))) {
        options.faults.authExpireAfter = parser.value(QStringLiteral("auth-expire-after")).toInt(&ok);
        if (!ok || options.faults.authExpireAfter < 0) {
            *error = tr("--auth-expire-after takes a number of requests");
            return false;
        }
    }
    return true;
}

} // namespace Crego::Sandbox
