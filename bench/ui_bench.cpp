// SPDX-License-Identifier: GPL-3.0-or-later
// The lead list on a large sandbox: time from the window shown to the first page painted, time to scroll
// down to row 5000 (pages fetched as the view asks for them), and resident memory per loaded row.
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
        const qint64 rssFirstPage = Crego::Bench::residentBytes();
        const int firstRows = model->rowCount();

        timer.restart();
        while (model->rowCount() <= 5000 && model->canFetchMore(QModelIndex())) {
            const int before = model->rowCount();
            table->scrollToBottom(); // the view asks for the next page, as when the user scrolls
            waitUntil([model, before] { return model->rowCount() > before; });
        }
        table->scrollTo(model->index(5000, 0));
        window.grab();
        const double scrollMs = double(timer.nsecsElapsed()) / 1e6;
        const qint64 perRow
            = (Crego::Bench::residentBytes() - rssFirstPage) / std::max(1, model->rowCount() - firstRows);

        out << QStringLiteral("round %1: first page painted %2 ms; scrolled to row 5000 in %3 ms (%4 rows loaded); "
                              "%5 bytes resident per loaded row")
                   .arg(round + 1)
                   .arg(firstPaint, 0, 'f', 0)
                   .arg(scrollMs, 0, 'f', 0)
                   .arg(model->rowCount())
                   .arg(perRow)
            << Qt::endl;
    }
    return 0;
}
