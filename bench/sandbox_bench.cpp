// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds a sandbox with N leads (default 100000) and measures lead-list page latency over loopback HTTP:
// median and p99 per kind of query, cold (first request) and warm (the rest, repeated in one process).
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Timing
{
    double firstMs = 0;
    QList<double> warmMs;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values[qsizetype(std::min<double>(double(values.size() - 1), p * double(values.size())))];
}

double requestMs(QNetworkAccessManager& network, const QUrl& url, const QString& token, int* status)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->readAll();
    reply->deleteLater();
    return elapsed;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int leads = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    QTextStream out(stdout);

    QTemporaryDir directory;
    Crego::Sandbox::SandboxOptions options;
    options.leads = leads;
    options.dataFile = directory.filePath(QStringLiteral("bench.sqlite"));
    options.token = QStringLiteral("bench");
    Crego::Sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        out << "sandbox failed: " << error << Qt::endl;
        return 1;
    }
    out << "seeding " << leads << " leads: " << server.seedingMs() << " ms" << Qt::endl;

    QNetworkAccessManager network;
    const QString base = server.baseUrl().toString() + QStringLiteral("/v1/crm/leads/");
    const QList<QPair<QString, QString>> queries {
        { QStringLiteral("first page (50, newest)"), QStringLiteral("?page_size=50") },
        { QStringLiteral("page 1000 (50)"), QStringLiteral("?page_size=50&page=1000") },
        { QStringLiteral("order by outstanding"), QStringLiteral("?page_size=50&ordering=-total_outstanding") },
        { QStringLiteral("filter NPA class SUB"), QStringLiteral("?page_size=50&npa_category=SUB") },
        { QStringLiteral("filter DPD 31-60 + program"),
            QStringLiteral("?page_size=50&dpd_min=31&dpd_max=60&product_type=scf") },
        { QStringLiteral("search name"), QStringLiteral("?page_size=50&search=balaji") },
        { QStringLiteral("expand=programs (200)"), QStringLiteral("?page_size=200&expand=programs") },
    };
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("query"), -32)
               .arg(QStringLiteral("first ms"), 10)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p99 ms"), 10)
        << Qt::endl;
    for (const auto& [label, query] : queries) {
        Timing timing;
        int status = 0;
        timing.firstMs = requestMs(network, QUrl(base + query), options.token, &status);
        for (int i = 0; i < repeats; ++i) {
            timing.warmMs.append(requestMs(network, QUrl(base + query), options.token, &status));
        }
        if (status != 200) {
            out << label << ": HTTP " << status << Qt::endl;
            return 1;
        }
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(label, -32)
                   .arg(timing.firstMs, 10, 'f', 2)
                   .arg(percentile(timing.warmMs, 0.5), 10, 'f', 2)
                   .arg(percentile(timing.warmMs, 0.99), 10, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
