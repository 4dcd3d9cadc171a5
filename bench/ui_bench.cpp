// SPDX-License-Identifier: GPL-3.0-or-later
// The lead list on a large sandbox: time from the window shown to the first page painted; time from the
// scrollbar dragged to row 50 000 to real rows there, beside one page request; pages kept after jumping
// all over the list.
#include "allocatortuning.h"
#include "benchsandbox.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"

#include "tokenstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

namespace {

void waitUntil(const std::function<bool()>& condition, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply(); // as crego-desk does at start
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTextStream out(stdout);
    Crego::Bench::BenchSandbox sandbox(argc, argv, out);
    if (!sandbox.isRunning()) {
        return 1;
    }
    Crego::Api::TokenStore tokens;
    tokens.setKeychainEnabled(false);

    for (int round = 0; round < 2; ++round) {
        Crego::Widgets::MainWindow window;
        window.resize(1280, 800);
        QElapsedTimer timer;
        timer.start();
        window.show();
        window.setSession(&sandbox.session());
        window.showLeads();
        auto* table = window.leadListPage()->findChild<QTableView*>(QStringLiteral("leadTable"));
        Crego::Models::LeadListModel* model = window.leadListPage()->model();
        waitUntil([model] { return model->rowCount() > 0; });
        window.grab(); // paints the first page
        const double firstPaint = double(timer.nsecsElapsed()) / 1e6;
        const int firstRows = model->rowCount();

        // One page request on its own, as the model makes it: the figure the jump is held to.
        Crego::Api::LeadQuery pageQuery = model->query();
        pageQuery.page = 50000 / std::max(1, pageQuery.pageSize) + 1;
        timer.restart();
        bool answered = false;
        sandbox.session().client()->leads(pageQuery, &window,
            [&answered](const Crego::Api::ApiResult<Crego::Core::Page<Crego::Core::Lead>>&) { answered = true; });
        waitUntil([&answered] { return answered; });
        const double pageMs = double(timer.nsecsElapsed()) / 1e6;

        // The user drags the scrollbar to row 50 000: real rows there, painted.
        const int target = std::min(50000, model->rowCount() - 1);
        timer.restart();
        table->verticalScrollBar()->setValue(target);
        waitUntil([model, target] { return model->leadAt(target) != nullptr; });
        window.grab();
        const double jumpMs = double(timer.nsecsElapsed()) / 1e6;

        // Then all over the list: what stays in memory is bounded by the pages kept near the view.
        const qint64 rssBeforeWander = Crego::Bench::residentBytes();
        for (int step = 1; step <= 60; ++step) {
            const int row = int((qint64(step) * 7919 * 97) % model->rowCount());
            table->verticalScrollBar()->setValue(row);
            waitUntil([model, row] { return model->leadAt(row) != nullptr; });
        }
        const qint64 wanderGrowth = Crego::Bench::residentBytes() - rssBeforeWander;

        out << QStringLiteral("round %1: first page painted %2 ms (%3 rows, the whole list); row %4 shown in %5 ms, "
                              "limit %6 ms (2 × one page request, %7 ms) — %8")
                   .arg(round + 1)
                   .arg(firstPaint, 0, 'f', 0)
                   .arg(firstRows)
                   .arg(target)
                   .arg(jumpMs, 0, 'f', 0)
                   .arg(2 * pageMs, 0, 'f', 0)
                   .arg(pageMs, 0, 'f', 0)
                   .arg(jumpMs <= 2 * pageMs ? QStringLiteral("within") : QStringLiteral("OVER"))
            << Qt::endl;
        out << QStringLiteral("round %1: after jumps to 60 places: %2 pages kept (limit %3), resident memory "
                              "%4 KiB more than before them")
                   .arg(round + 1)
                   .arg(model->keptPages())
                   .arg(Crego::Models::LeadListModel::KeptPages)
                   .arg(wanderGrowth / 1024)
            << Qt::endl;
    }
    return 0;
}
