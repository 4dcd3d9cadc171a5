// SPDX-License-Identifier: GPL-3.0-or-later
// 1. Decoding a lead-programs array of N entries into core records, beside a simdjson DOM parse-and-walk
//    of the same bytes, the two in turn: MB/s, first run and warm (best of the repeats), and peak memory
//    over the body size.
// 2. Opening one lead (lead, programs, applicants, banks, documents, addresses) against a sandbox with
//    200 ms latency, against the time of one request.
#include "allocatortuning.h"
#include "cregoclient.h"
#include "jsoncodec.h"
#include "leadprogram.h"
#include "sandboxserver.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <simdjson.h>

namespace {

QTextStream out(stdout);

//! Resident and peak-resident memory in bytes (Linux); the peak can be reset.
qint64 procStatus(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return 0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
}

//! N lead-programs, each the documented example with its own ids and figures.
QByteArray programsArray(const QByteArray& example, int count)
{
    const QJsonObject entry = QJsonDocument::fromJson(example).array().at(0).toObject();
    QByteArray body;
    body.reserve(qsizetype(count) * 3000 + 64);
    body.append('[');
    for (int i = 0; i < count; ++i) {
        QJsonObject item = entry;
        item.insert(
            QStringLiteral("id"), QStringLiteral("26ba0e8a-f97e-4228-8afd-%1").arg(i, 12, 10, QLatin1Char('0')));
        QJsonObject line = item.value(QStringLiteral("line_detail")).toObject();
        line.insert(QStringLiteral("principal_outstanding"), 1000 + i * 7.25);
        line.insert(QStringLiteral("dpd"), i % 120);
        item.insert(QStringLiteral("line_detail"), line);
        if (i > 0) {
            body.append(',');
        }
        body.append(QJsonDocument(item).toJson(QJsonDocument::Indented));
    }
    body.append(']');
    return body;
}

//! Touches every value the way a decoder must, so the comparison is fair.
size_t walk(simdjson::dom::element element)
{
    size_t touched = 1;
    switch (element.type()) {
    case simdjson::dom::element_type::ARRAY:
        for (simdjson::dom::element child : element.get_array()) {
            touched += walk(child);
        }
        break;
    case simdjson::dom::element_type::OBJECT:
        for (simdjson::dom::key_value_pair field : element.get_object()) {
            touched += field.key.size() > 0 ? walk(field.value) : 0;
        }
        break;
    case simdjson::dom::element_type::STRING:
        touched += std::string_view(element.get_string()).size() > 0 ? 1 : 0;
        break;
    default:
        break;
    }
    return touched;
}

void decodeBenchmark(const QByteArray& example, int count, int repeats)
{
    QByteArray body = programsArray(example, count);
    body.reserve(body.size() + 64); // room for simdjson's padding: both parsers read in place
    const double megabytes = double(body.size()) / (1024.0 * 1024.0);

    // Turn about, simdjson then ours, so that both meet the machine in the same state (its speed drifts by
    // a third over a few seconds); simdjson keeps its parser, and so its buffers, from one run to the next.
    QList<double> simdjsonMs;
    QList<double> decodeMs;
    qint64 peakOverBody = 0;
    simdjson::dom::parser parser;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        simdjson::dom::element root;
        if (parser.parse(body.constData(), size_t(body.size()), false).get(root)) {
            out << "simdjson failed" << Qt::endl;
            return;
        }
        walk(root);
        simdjsonMs.append(double(timer.nsecsElapsed()) / 1e6);

        const qint64 before = procStatus("VmRSS:");
        resetPeak();
        timer.restart();
        Crego::Core::Page<Crego::Core::LeadProgram> page;
        Crego::Core::JsonError error;
        if (!Crego::Core::JsonCodec::decodePage(body, page, error) || page.items.size() != count) {
            out << "decode failed: " << error.toString() << Qt::endl;
            return;
        }
        decodeMs.append(double(timer.nsecsElapsed()) / 1e6);
        peakOverBody = std::max(peakOverBody, procStatus("VmHWM:") - before);
    }
    const auto best = [](const QList<double>& values) { return *std::min_element(values.begin(), values.end()); };
    const double peakRatio = double(peakOverBody + body.size()) / double(body.size());
    out << QStringLiteral("%1 entries, %2 MB").arg(count).arg(megabytes, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  simdjson DOM parse+walk: first %1 ms, warm %2 ms (%3 MB/s)")
               .arg(simdjsonMs.first(), 0, 'f', 1)
               .arg(best(simdjsonMs), 0, 'f', 1)
               .arg(megabytes / best(simdjsonMs) * 1000, 0, 'f', 0)
        << Qt::endl;
    const double timeRatio = best(decodeMs) / best(simdjsonMs);
    const auto verdict = [](double figure, double limit) {
        return figure <= limit ? QStringLiteral("within") : QStringLiteral("OVER");
    };
    out << QStringLiteral(
        "  core decode to records:  first %1 ms, warm %2 ms (%3 MB/s) = %4x simdjson, limit 2.00x — %5")
               .arg(decodeMs.first(), 0, 'f', 1)
               .arg(best(decodeMs), 0, 'f', 1)
               .arg(megabytes / best(decodeMs) * 1000, 0, 'f', 0)
               .arg(timeRatio, 0, 'f', 2)
               .arg(verdict(timeRatio, 2.0))
        << Qt::endl;
    out << QStringLiteral("  peak memory while decoding (body included): %1x the body size, limit 2.50x — %2")
               .arg(peakRatio, 0, 'f', 2)
               .arg(verdict(peakRatio, 2.5))
        << Qt::endl;
}

void parallelOpenBenchmark()
{
    QTemporaryDir directory;
    Crego::Sandbox::SandboxOptions options;
    options.leads = 50;
    options.dataFile = directory.filePath(QStringLiteral("bench.sqlite"));
    options.faults.latencyMinMs = 200;
    options.faults.latencyMaxMs = 200;
    Crego::Sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        out << error << Qt::endl;
        return;
    }
    Crego::Api::Session session;
    session.setKeychainEnabled(false);
    session.open(Crego::Api::ConnectionProfile::sandbox(server.baseUrl()), server.token());
    Crego::Api::CregoClient& client = *session.client();
    QObject context;
    QEventLoop loop;

    QElapsedTimer timer;
    timer.start();
    QString leadId;
    client.leads(Crego::Api::LeadQuery {}, &context, [&](const auto& result) {
        leadId = result.value().items.first().id;
        loop.quit();
    });
    loop.exec();
    const double oneRequest = double(timer.nsecsElapsed()) / 1e6;

    for (int round = 0; round < 3; ++round) {
        int pending = 6;
        const auto done = [&pending, &loop](const auto&) {
            if (--pending == 0) {
                loop.quit();
            }
        };
        timer.restart();
        client.lead(leadId, &context, done);
        client.leadPrograms(leadId, &context, done);
        client.applicantsOfLead(leadId, &context, done);
        client.banksOfLead(leadId, &context, done);
        client.documentsOfLead(leadId, &context, done);
        client.addressesOfLead(leadId, &context, done);
        loop.exec();
        const double open = double(timer.nsecsElapsed()) / 1e6;
        out << QStringLiteral("open one lead (6 calls) at 200 ms latency: %1 ms; one request %2 ms; ratio %3")
                   .arg(open, 0, 'f', 0)
                   .arg(oneRequest, 0, 'f', 0)
                   .arg(open / oneRequest, 0, 'f', 2)
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply(); // as crego-desk does at start
    QCoreApplication application(argc, argv);
    QFile exampleFile(QStringLiteral(CREGO_EXAMPLE_JSON));
    if (!exampleFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << exampleFile.fileName() << Qt::endl;
        return 1;
    }
    const QByteArray example = exampleFile.readAll();
    const QStringList counts = argc > 1 ? QString::fromLatin1(argv[1]).split(u',')
                                        : QStringList { QStringLiteral("10000"), QStringLiteral("100000") };
    for (const QString& count : counts) {
        decodeBenchmark(example, count.toInt(), count.toInt() > 20000 ? 9 : 21);
    }
    parallelOpenBenchmark();
    return 0;
}
