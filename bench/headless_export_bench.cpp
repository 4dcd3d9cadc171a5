// SPDX-License-Identifier: GPL-3.0-or-later
// The headless lead-list export (`crego-desk export leads`) on a large sandbox: every page fetched, decoded
// and written to a workbook on the export's own thread, beside just downloading the same pages, measured
// in one run; then their ratio (limit 1.5x). As `export --sandbox` runs it, the sandbox serves from a thread
// of its own (a server elsewhere, to this side). The process start and the sandbox's seeding are left out
// of both: they are the same whatever the export does.
//   headless_export_bench [leads] [database file, kept for the next run]
#include "allocatortuning.h"
#include "benchsandbox.h"
#include "leadcolumns.h"
#include "leadlistexport.h"
#include "sandboxthread.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply(); // as crego-desk does at start
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    Crego::Bench::BenchSandbox sandbox(argc, argv, out); // as `export --sandbox` runs it
    if (!sandbox.isRunning()) {
        return 1;
    }
    const int leads = sandbox.leads();
    const QTemporaryDir& folder = sandbox.folder();
    Crego::Sandbox::SandboxThread& server = sandbox.server();
    Crego::Api::Session& session = sandbox.session();
    QNetworkAccessManager network;
    constexpr double Limit = 1.5;

    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        const qint64 bytes
            = Crego::Bench::downloadPages(network, server.baseUrl(), server.token(), leads, QString(), pages);
        const double downloadMs = double(timer.nsecsElapsed()) / 1e6;

        const QString path = folder.filePath(QStringLiteral("leads-%1.xlsx").arg(round));
        Crego::Models::LeadListExport run(session.client(), Crego::Api::LeadQuery(),
            Crego::Export::LeadColumns::defaults(),
            { QString(), QStringLiteral("bench"), QDateTime::currentDateTime(), false }, path);
        bool succeeded = false;
        QString message;
        QEventLoop loop;
        QObject::connect(&run, &Crego::Models::ExportJob::finished, &loop, [&](bool ok, const QString& text) {
            succeeded = ok;
            message = text;
            loop.quit();
        });
        timer.restart();
        run.start();
        loop.exec();
        const double exportMs = double(timer.nsecsElapsed()) / 1e6;
        if (!succeeded) {
            out << "export failed: " << message << Qt::endl;
            return 1;
        }
        const double ratio = exportMs / downloadMs;
        out << QStringLiteral("round %1%2: downloading %3 pages (%4 MB) %5 ms; exporting %6 leads to a %7 MB "
                              "workbook %8 ms = %9x (limit %10x) %11")
                   .arg(round + 1)
                   .arg(round == 0 ? QStringLiteral(" (first)") : QStringLiteral(" (warm)"))
                   .arg(pages)
                   .arg(double(bytes) / 1e6, 0, 'f', 1)
                   .arg(downloadMs, 0, 'f', 0)
                   .arg(leads)
                   .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
                   .arg(exportMs, 0, 'f', 0)
                   .arg(ratio, 0, 'f', 2)
                   .arg(Limit, 0, 'f', 1)
                   .arg(ratio <= Limit ? QStringLiteral("ok") : QStringLiteral("OVER"))
            << Qt::endl;
    }
    return 0;
}
