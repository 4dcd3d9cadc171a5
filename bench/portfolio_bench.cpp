// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio dashboard on a large sandbox: the time to load and chart every lead (pages of 200 with
// expand=programs, decoded, summed into the breakdown models, charts redrawn as pages arrive) beside the
// time to just download the same pages, measured in one run (the sandbox serving from its own thread, as
// crego-desk --sandbox runs it); then their ratio (limit 1.3×), the heap the portfolio
// keeps per lead (limit 450 bytes) and the CPU time the window's thread spent on the load.
#include "allocatortuning.h"
#include "benchsandbox.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"
#include "portfoliopage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>

#include <ctime>

namespace {

//! CPU time used so far by the calling thread (the window's, here).
double mainThreadCpuMs()
{
    timespec used {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
    return double(used.tv_sec) * 1e3 + double(used.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply(); // as crego-desk does at start
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTextStream out(stdout);
    // As `crego-desk --sandbox` runs it: the window's decoding and charting overlap the server's work.
    Crego::Bench::BenchSandbox sandbox(argc, argv, out);
    if (!sandbox.isRunning()) {
        return 1;
    }
    const int leads = sandbox.leads();
    Crego::Sandbox::SandboxThread& server = sandbox.server();
    QNetworkAccessManager network;

    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        int pages = 0;
        const qint64 bytes = Crego::Bench::downloadPages(
            network, server.baseUrl(), server.token(), leads, QStringLiteral("&expand=programs"), pages);
        const double downloadMs = double(timer.nsecsElapsed()) / 1e6;

        const qint64 rssBefore = Crego::Bench::residentBytes();
        const qint64 heapBefore = Crego::Bench::heapInUseBytes();
        Crego::Widgets::PortfolioPage page(&sandbox.session());
        page.resize(1400, 1000);
        page.show();
        timer.restart();
        const double mainCpuBefore = mainThreadCpuMs();
        page.load(Crego::Api::LeadQuery(), QStringLiteral("All leads"));
        // Charts repaint as pages arrive.
        Crego::Bench::waitUntil([&page] { return !page.loader()->isRunning(); }, 600000);
        page.grab(); // the final charts drawn
        const double loadMs = double(timer.nsecsElapsed()) / 1e6;
        const double mainCpuMs = mainThreadCpuMs() - mainCpuBefore;
        const qint64 rssAfter = Crego::Bench::residentBytes();
        const qint64 kept = Crego::Bench::heapInUseBytes() - heapBefore;

        out << QStringLiteral(
            "round %1: downloading %2 pages (%3 MB) %4 ms; loading and charting %5 leads %6 ms = %7x; "
            "limit 1.30x; %8 MB more resident; %9 bytes kept per lead (heap in use), limit 450; the window's "
            "thread busy %10 ms of the load (%11 per page)")
                   .arg(round + 1)
                   .arg(pages)
                   .arg(double(bytes) / 1e6, 0, 'f', 1)
                   .arg(downloadMs, 0, 'f', 0)
                   .arg(page.portfolio()->leadCount())
                   .arg(loadMs, 0, 'f', 0)
                   .arg(loadMs / downloadMs, 0, 'f', 2)
                   .arg(double(rssAfter - rssBefore) / 1e6, 0, 'f', 1)
                   .arg(kept / std::max<qint64>(1, page.portfolio()->leadCount()))
                   .arg(mainCpuMs, 0, 'f', 0)
                   .arg(mainCpuMs / std::max(1, pages), 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}
