// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "modelbarchart.h"
#include "modelpiechart.h"
#include "portfoliopage.h"

#include "portfoliobreakdownmodel.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"
#include "roles.h"

#include "moneyformatter.h"

#include "../api/apitestkit.h"
#include "screenshot.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The portfolio dashboard opened from the lead list against the sandbox: tiles and charts hold the
//! portfolio model's figures, and clicking a bar or a slice lists exactly the leads behind it.
//! CREGO_SCREENSHOT_DIR keeps a screenshot of the dashboard.
class PortfolioPageTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 150, 5 };

    static QSet<QString> idsIn(Models::LeadListModel* list)
    {
        QSet<QString> ids;
        for (int row = 0; row < list->rowCount(); ++row) {
            ids.insert(Tests::leadOf(*list, row).id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }

    void dashboard_chartsHoldTheModel_andDrillDownListsThoseLeads()
    {
        Widgets::MainWindow window;
        window.resize(1400, 1000);
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 10000);

        QTest::mouseClick(window.leadListPage()->findChild<QPushButton*>(u"portfolioButton"_s), Qt::LeftButton);
        auto* page = window.findChild<Widgets::PortfolioPage*>(u"portfolioPage"_s);
        QVERIFY(page);
        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        QCOMPARE(tabs->currentWidget(), page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->loader()->isRunning(), 30000);
        const Models::PortfolioModel* portfolio = page->portfolio();
        QCOMPARE(portfolio->leadCount(), 150);
        QCOMPARE(page->findChild<QLabel*>(u"leadsTile"_s)->text(), u"150"_s);
        QCOMPARE(
            page->findChild<QLabel*>(u"approvedTile"_s)->text(), Core::MoneyFormatter::format(portfolio->approved()));
        QCOMPARE(page->findChild<QLabel*>(u"outstandingTile"_s)->text(),
            Core::MoneyFormatter::format(portfolio->outstanding()));
        QVERIFY(page->findChild<QLabel*>(u"filterLabel"_s)->text().contains(u"All leads"_s));
        QVERIFY(page->findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"All 150 leads loaded"_s));

        // Each chart holds the model's numbers.
        const Models::PortfolioBreakdownModel* buckets = portfolio->byDpdBucket();
        const QList<QBarSet*> bucketSets = page->bucketChart()->series()->barSets();
        QCOMPARE(bucketSets.size(), buckets->rowCount());
        // One bar per bucket, named on its axis: each bucket's set fills only its own category.
        QStringList bucketLabels;
        for (int row = 0; row < buckets->rowCount(); ++row) {
            bucketLabels.append(buckets->label(row));
            QCOMPARE(bucketSets[row]->label(), buckets->label(row));
            for (int category = 0; category < buckets->rowCount(); ++category) {
                QCOMPARE(qint64(bucketSets[row]->at(category)), category == row ? buckets->leadCount(row) : 0);
            }
        }
        QCOMPARE(page->bucketChart()->categories(), bucketLabels);
        // Every bucket and utilization band is named whole on its axis, not cut to "…" (a long program
        // name may be shortened to fit).
        for (const Widgets::ModelBarChart* chart : { page->bucketChart(), page->utilizationChart() }) {
            QVERIFY2(!chart->labelsCutShort(), qPrintable(chart->chart()->title()));
        }
        QVERIFY(!page->bucketChart()->chart()->legend()->isVisible());
        const Models::PortfolioBreakdownModel* programs = portfolio->byProgram();
        const QList<QBarSet*> exposure = page->programChart()->series()->barSets();
        QCOMPARE(exposure.size(), 2); // approved, outstanding
        for (int row = 0; row < programs->rowCount(); ++row) {
            QCOMPARE(exposure[0]->at(row),
                programs->index(row, Models::PortfolioBreakdownModel::Approved).data(Models::RawValueRole).toDouble());
            QCOMPARE(exposure[1]->at(row),
                programs->index(row, Models::PortfolioBreakdownModel::Outstanding)
                    .data(Models::RawValueRole)
                    .toDouble());
        }
        const QList<QPieSlice*> slices = page->assetClassChart()->series()->slices();
        QCOMPARE(slices.size(), portfolio->byAssetClass()->rowCount());
        for (int row = 0; row < slices.size(); ++row) {
            // The legend says the class, its share and its count (no labels around the pie to overlap).
            const QString share = QLocale().toString(slices[row]->percentage() * 100, 'f', 1);
            QCOMPARE(slices[row]->label(),
                portfolio->byAssetClass()->label(row) + u": "_s + share + u"% ("_s
                    + QString::number(portfolio->byAssetClass()->leadCount(row)) + u')');
            QVERIFY(!slices[row]->isLabelVisible());
            QCOMPARE(qint64(slices[row]->value()), portfolio->byAssetClass()->leadCount(row));
        }
        const Models::PortfolioBreakdownModel* utilization = portfolio->byUtilization();
        QBarSet* bands = page->utilizationChart()->series()->barSets().value(0);
        QVERIFY(bands);
        QCOMPARE(bands->count(), utilization->rowCount());

        Tests::screenshot(window, u"portfolio-dashboard"_s);

        // A real click on the fullest utilization band's bar.
        int fullest = 0;
        for (int row = 0; row < utilization->rowCount(); ++row) {
            fullest = utilization->leadCount(row) > utilization->leadCount(fullest) ? row : fullest;
        }
        Widgets::ModelBarChart* chart = page->utilizationChart();
        const QPointF onBar = chart->chart()->mapToPosition(QPointF(bands->at(fullest) / 2, fullest), chart->series());
        QToolTip::showText(chart->mapToGlobal(QPoint(10, 10)), u"a figure of the chart"_s, chart);
        QVERIFY(QToolTip::isVisible());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->mapFromScene(onBar));
        QVERIFY(!QToolTip::isVisible()); // not left floating over the list of leads
        QCOMPARE(tabs->currentWidget(), window.leadListPage());
        QVERIFY(list->isSelection());
        QCOMPARE(list->rowCount(), int(utilization->leadCount(fullest)));
        QCOMPARE(idsIn(list), Tests::ApiTestKit::idsOf(portfolio->leadsIn(utilization, fullest)));
        QVERIFY(window.leadListPage()
                    ->findChild<QLabel*>(u"selectionLabel"_s)
                    ->text()
                    .contains(utilization->label(fullest)));
        QVERIFY(window.leadListPage()->findChild<QWidget*>(u"selectionBar"_s)->isVisible());

        // The SMA-1 bar lists exactly the leads the server returns for DPD 31-60.
        auto* header = window.leadListPage()->table()->horizontalHeader();
        header->setSortIndicator(Models::LeadListModel::Outstanding, Qt::DescendingOrder);
        Q_EMIT page->bucketChart()->series()->clicked(2, page->bucketChart()->series()->barSets().at(2));
        QCOMPARE(list->selection(), u"DPD bucket: "_s + buckets->label(2));
        // The rows are in the order the header's arrow shows.
        for (int row = 1; row < list->rowCount(); ++row) {
            QVERIFY(Tests::leadOf(*list, row - 1).lineSummary->totalOutstanding
                >= Tests::leadOf(*list, row).lineSummary->totalOutstanding);
        }
        const Api::ApiResult<Core::Page<Core::Lead>> sma1 = m_kit.wait<Core::Page<Core::Lead>>([this](auto done) {
            Api::LeadQuery query;
            query.pageSize = 200;
            query.dpdMin = 31;
            query.dpdMax = 60;
            m_kit.client.leads(query, &m_kit.context, done);
        });
        QVERIFY(sma1.ok());
        QVERIFY(!sma1.value().items.isEmpty());
        QCOMPARE(idsIn(list), Tests::ApiTestKit::idsOf(sma1.value().items));
        // Sorting a selection sorts those leads, without asking the server.
        list->sort(Models::LeadListModel::Dpd, Qt::DescendingOrder);
        QCOMPARE(idsIn(list), Tests::ApiTestKit::idsOf(sma1.value().items));
        for (int row = 1; row < list->rowCount(); ++row) {
            QVERIFY(Tests::leadOf(*list, row - 1).lineSummary->dpd >= Tests::leadOf(*list, row).lineSummary->dpd);
        }

        // The NPA pie's "Sub-standard" slice, then back to the whole list.
        Q_EMIT page->assetClassChart()->series()->clicked(page->assetClassChart()->series()->slices().at(1));
        QCOMPARE(list->rowCount(), int(portfolio->byAssetClass()->leadCount(1)));
        QTest::mouseClick(window.leadListPage()->findChild<QPushButton*>(u"showAllButton"_s), Qt::LeftButton);
        QVERIFY(!list->isSelection());
        QTRY_COMPARE(list->totalCount(), 150);
        QVERIFY(!window.leadListPage()->findChild<QWidget*>(u"selectionBar"_s)->isVisible());
    }

    void stockServer_dashboardShowsTheSameFigures()
    {
        Widgets::PortfolioPage reference(&m_kit.session);
        reference.load({}, u"All leads"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!reference.loader()->isRunning(), 30000);

        // No expand, no line_summary, page numbers, decimal-string amounts, millisecond times, nulls.
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"stock_server"_s, true } }).status, 200);
        Widgets::PortfolioPage page(&m_kit.session);
        page.resize(1280, 720);
        page.show();
        page.load({}, u"All leads"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isRunning(), 30000);
        QCOMPARE(page.findChild<QLabel*>(u"leadsTile"_s)->text(), u"150"_s);
        for (const QString& tile : { u"approvedTile"_s, u"outstandingTile"_s }) {
            QCOMPARE(page.findChild<QLabel*>(tile)->text(), reference.findChild<QLabel*>(tile)->text());
        }
        QCOMPARE(page.portfolio()->outstanding().paise(), reference.portfolio()->outstanding().paise());
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"stock_server"_s, false } }).status, 200);
    }

    void cancel_keepsWhatArrived_andSaysSo()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"latency_ms"_s, 300 } }).status, 200);
        Widgets::PortfolioPage page(&m_kit.session);
        page.show();
        Api::LeadQuery filter;
        page.load(filter, u"All leads"_s);
        QVERIFY(page.findChild<QWidget*>(u"cancelButton"_s)->isVisible());
        QTest::mouseClick(page.findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(!page.loader()->isRunning());
        QVERIFY(page.findChild<QLabel*>(u"statusLabel"_s)->text().startsWith(u"Stopped after 0"_s));
        QVERIFY(page.findChild<QWidget*>(u"cancelButton"_s)->isHidden());
        QVERIFY(page.findChild<QPushButton*>(u"reloadButton"_s)->isEnabled());
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"latency_ms"_s, 0 } }).status, 200);
    }
};

QTEST_MAIN(PortfolioPageTest)
#include "portfoliopage_test.moc"
