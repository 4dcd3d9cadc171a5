// SPDX-License-Identifier: GPL-3.0-or-later
// The lead list on a large sandbox: time from the window shown to the first page painted; time from the
// scrollbar dragged to row 50 000 to real rows there, beside one page request; pages kept after jumping
// all over the list; four rounds, each with a new window, the verdict on the warm ones after the first.
#include "allocatortuning.h"
#include "benchsandbox.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"

#include "session.h"
#include "tokenstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

//! Watches \a viewport for the first paint at which \a ready() holds: done() once that paint is over (the
//! rows are on screen).
class PaintWatch final : public QObject
{
public:
    PaintWatch(QWidget* viewport, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        viewport->installEventFilter(this);
    }
    bool done() const { return m_painting && !m_inPaint; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painting && m_ready()) {
            m_painting = true;
            m_inPaint = true;
            static_cast<QWidget*>(watched)->removeEventFilter(this);
            // The paint itself follows this filter; the timer below fires after it.
            QMetaObject::invokeMethod(
                this, [this] { m_inPaint = false; }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    bool m_painting = false;
    bool m_inPaint = false;
};

} // namespace

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply(); // as crego-desk does at start
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTextStream out(stdout);
    // As `crego-desk --sandbox` runs it: the window's work while a page is on its way (painting "Loading…")
    // overlaps the server's.
    Crego::Bench::BenchSandbox sandbox(argc, argv, out);
    if (!sandbox.isRunning()) {
        return 1;
    }
    out << "sandbox: " << sandbox.leads() << " leads" << Qt::endl;
    Crego::Api::Session& session = sandbox.session();
    Crego::Api::TokenStore tokens;
    tokens.setKeychainEnabled(false);

    // Round 1 is the first (caches cold); the verdict is on the warm rounds after it.
    const int rounds = 4;
    QList<double> warmJumps, warmPages, otherJumps, otherPages;
    for (int round = 0; round < rounds; ++round) {
        Crego::Widgets::MainWindow window;
        window.resize(1280, 800);
        QElapsedTimer timer;
        timer.start();
        window.show();
        window.setSession(&session);
        window.showLeads();
        auto* table = window.leadListPage()->findChild<QTableView*>(QStringLiteral("leadTable"));
        Crego::Models::LeadListModel* model = window.leadListPage()->model();
        Crego::Bench::waitUntil([model] { return model->rowCount() > 0; });
        window.grab(); // paints the first page
        const double firstPaint = double(timer.nsecsElapsed()) / 1e6;
        out << QStringLiteral("round %1: first page painted %2 ms (%3 rows, the whole list)")
                   .arg(round + 1)
                   .arg(firstPaint, 0, 'f', 0)
                   .arg(model->rowCount())
            << Qt::endl;

        // Row 50 000, then other places far from the pages here: for each, one page request on its own, as
        // the model makes it (the figure the jump is held to), then the user drags the scrollbar there and
        // the view paints real rows.
        for (const int wanted : { 50000, 25000, 75000 }) {
            const int target = std::min(wanted, model->rowCount() - 1);
            Crego::Api::LeadQuery pageQuery = model->query();
            pageQuery.page = target / std::max(1, pageQuery.pageSize) + 1;
            timer.restart();
            bool answered = false;
            session.client()->leads(pageQuery, &window,
                [&answered](const Crego::Api::ApiResult<Crego::Core::Page<Crego::Core::Lead>>&) { answered = true; });
            Crego::Bench::waitUntil([&answered] { return answered; });
            const double pageMs = double(timer.nsecsElapsed()) / 1e6;

            PaintWatch painted(table->viewport(), [model, target] { return model->leadAt(target) != nullptr; });
            timer.restart();
            table->verticalScrollBar()->setValue(target);
            Crego::Bench::waitUntil([&painted] { return painted.done(); });
            const double jumpMs = double(timer.nsecsElapsed()) / 1e6;
            out << QStringLiteral("round %1: row %2 shown in %3 ms, limit %4 ms (2 × one page request, %5 ms) — %6")
                       .arg(round + 1)
                       .arg(target)
                       .arg(jumpMs, 0, 'f', 1)
                       .arg(2 * pageMs, 0, 'f', 1)
                       .arg(pageMs, 0, 'f', 1)
                       .arg(jumpMs <= 2 * pageMs ? QStringLiteral("within") : QStringLiteral("OVER"))
                << Qt::endl;
            if (round > 0) {
                (wanted == 50000 ? warmJumps : otherJumps).append(jumpMs);
                (wanted == 50000 ? warmPages : otherPages).append(pageMs);
            }
        }

        // Then all over the list: what stays in memory is bounded by the pages kept near the view.
        const qint64 rssBeforeWander = Crego::Bench::residentBytes();
        for (int step = 1; step <= 60; ++step) {
            const int row = int((qint64(step) * 7919 * 97) % model->rowCount());
            table->verticalScrollBar()->setValue(row);
            Crego::Bench::waitUntil([model, row] { return model->leadAt(row) != nullptr; });
        }
        const qint64 wanderGrowth = Crego::Bench::residentBytes() - rssBeforeWander;

        out << QStringLiteral("round %1: after jumps to 60 places: %2 pages kept (limit %3), resident memory "
                              "%4 KiB more than before them")
                   .arg(round + 1)
                   .arg(model->keptPages())
                   .arg(Crego::Models::LeadListModel::KeptPages)
                   .arg(wanderGrowth / 1024)
            << Qt::endl;
    }
    const double jump = median(warmJumps);
    const double page = median(warmPages);
    out << QStringLiteral("warm (rounds 2–%1, medians): row 50000 shown in %2 ms, limit %3 ms (2 × one page request, "
                          "%4 ms) — %5; other places: %6 ms beside one page request %7 ms")
               .arg(rounds)
               .arg(jump, 0, 'f', 1)
               .arg(2 * page, 0, 'f', 1)
               .arg(page, 0, 'f', 1)
               .arg(jump <= 2 * page ? QStringLiteral("within") : QStringLiteral("OVER"))
               .arg(median(otherJumps), 0, 'f', 1)
               .arg(median(otherPages), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
