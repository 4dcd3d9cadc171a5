// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditlinepage.h"
#include "modelbarchart.h"
#include "ratestepchart.h"

#include "leadrecordmodels.h"
#include "outstandingmodel.h"
#include "ratestepmodel.h"
#include "roles.h"

#include "documentedexample.h"
#include "screenshot.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QTableView>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The credit line tab showing the documented example: what the tiles, delinquency and pricing say, and
//! that the charts hold exactly the values of the models the tables show. CREGO_SCREENSHOT_DIR keeps a
//! screenshot.
class CreditLineTest : public QObject
{
    Q_OBJECT

private:
    static QString text(const QWidget& page, const QString& name)
    {
        const auto* label = page.findChild<QLabel*>(name);
        return label ? label->text() : u"(no label "_s + name + u')';
    }

private Q_SLOTS:
    void documentedExample_tilesDelinquencyAndPricing()
    {
        Widgets::CreditLinePage page;
        page.resize(1280, 1000);
        page.show();
        page.setPrograms(Tests::documentedPrograms());
        QCOMPARE(page.findChild<QTableView*>(u"programsTable"_s)->model()->rowCount(), 1);
        QCOMPARE(text(page, u"approvedTile"_s), u"₹5,00,000"_s);
        QCOMPARE(text(page, u"operativeTile"_s), u"₹5,00,000"_s);
        QCOMPARE(text(page, u"availableTile"_s), u"₹5,00,000"_s);
        QCOMPARE(text(page, u"usedTile"_s), u"₹0"_s);
        QCOMPARE(text(page, u"blockedTile"_s), u"₹0"_s);
        auto* utilization = page.findChild<QProgressBar*>(u"utilizationBar"_s);
        QCOMPARE(utilization->value(), 0);
        QCOMPARE(utilization->text(), u"Utilization 0%"_s);
        QVERIFY(text(page, u"npaValue"_s).contains(u"STD (Standard)"_s));
        QVERIFY(text(page, u"bucketValue"_s).contains(u"Current"_s));
        QCOMPARE(text(page, u"dpdValue"_s), u"0 days"_s);
        QVERIFY(text(page, u"roiSummaryLabel"_s).contains(u"ROI 14% p.a. from day 0, no upper bound"_s));
        QVERIFY(text(page, u"roiSummaryLabel"_s).contains(u"Penal ROI 10% p.a. from day 0, no upper bound"_s));
        QVERIFY(text(page, u"overdueTitle"_s).contains(u"Same as ROI"_s));
        QVERIFY(text(page, u"asOfLabel"_s).contains(u"figures as of"_s));
        // Subvention, cashback and holdback are all disabled in the example: no line about them.
        QVERIFY(page.findChild<QLabel*>(u"featuresLabel"_s)->isHidden());
        // The line adds up and is neither on hold nor (before May 2026) expired: no warning unless expired.
        const QString warning = text(page, u"warningLabel"_s);
        QVERIFY(page.findChild<QLabel*>(u"warningLabel"_s)->isHidden() || warning.contains(u"expired"_s));
        QVERIFY(!warning.contains(u"do not add up"_s));
        bool tenureShown = false;
        for (const QLabel* label : page.findChildren<QLabel*>()) {
            tenureShown = tenureShown || label->text() == u"5 days"_s;
        }
        QVERIFY(tenureShown);

        Tests::screenshot(*page.findChild<QWidget*>(u"detailWidget"_s), u"credit-line-example"_s);
    }

    void charts_holdTheModelsValues()
    {
        Widgets::CreditLinePage page;
        page.resize(1280, 1000);
        page.show();
        page.setPrograms(Tests::documentedPrograms([](QByteArray& json) {
            Tests::lineInUse(json);
            json.replace("\"penal_paid\": 0", "\"penal_paid\": 250");
            json.replace("\"cashback_is_enabled\": false", "\"cashback_is_enabled\": true");
            json.replace("\"total_cashback_available\": 0", "\"total_cashback_available\": 700");
        }));
        const Models::OutstandingModel* model = page.outstandingModel();
        const QList<QBarSet*> sets = page.outstandingChart()->series()->barSets();
        QCOMPARE(sets.size(), 2); // outstanding, paid
        QCOMPARE(sets[0]->label(), u"Outstanding"_s);
        QCOMPARE(sets[1]->label(), u"Paid"_s);
        for (int set = 0; set < 2; ++set) {
            QCOMPARE(sets[set]->count(), 4); // principal, interest, overdue, penal — not the total row
            for (int row = 0; row < 4; ++row) {
                QCOMPARE(sets[set]->at(row),
                    model->index(row, Models::OutstandingModel::Outstanding + set)
                        .data(Models::RawValueRole)
                        .toDouble());
            }
        }
        QCOMPARE(sets[0]->at(0), 12000000.0); // ₹1,20,000 in paise
        QCOMPARE(sets[1]->at(3), 25000.0);
        QCOMPARE(text(page, u"usedTile"_s), u"₹1,20,000"_s);
        QCOMPARE(page.findChild<QProgressBar*>(u"utilizationBar"_s)->text(), u"Utilization 24%"_s);
        QVERIFY(text(page, u"featuresLabel"_s).contains(u"Cashback available ₹700"_s));
        QVERIFY(!text(page, u"featuresLabel"_s).contains(u"Subvention"_s));

        const Models::RateStepModel* rates = page.rateModel();
        for (int column = Models::RateStepModel::Roi; column <= Models::RateStepModel::PenalRoi; ++column) {
            const QList<QPointF> points = page.rateChart()->series(column)->points();
            QCOMPARE(points.size(), rates->rowCount());
            for (int row = 0; row < rates->rowCount(); ++row) {
                QCOMPARE(points[row].x(),
                    rates->index(row, Models::RateStepModel::Day).data(Models::RawValueRole).toDouble());
                QCOMPARE(points[row].y(), rates->index(row, column).data(Models::RawValueRole).toDouble());
            }
        }
        QCOMPARE(page.rateChart()->series(Models::RateStepModel::PenalRoi)->points().first().y(), 10.0);
        // Overdue ROI equals ROI here: its line lies on ROI's, and the legend says so; penal differs.
        QVERIFY(page.rateChart()->series(Models::RateStepModel::OverdueRoi)->name().endsWith(u"(same as ROI)"_s));
        QVERIFY(!page.rateChart()->series(Models::RateStepModel::PenalRoi)->name().contains(u"same as"_s));
        QVERIFY(page.rateChart()->series(Models::RateStepModel::OverdueRoi)->pen().style()
            != page.rateChart()->series(Models::RateStepModel::Roi)->pen().style());

        // Interest and penal amounts beside ₹1,20,000 of principal: each row of the outstanding chart
        // says its figures in words, whatever the size of its bar; and the names are whole.
        QCOMPARE(page.outstandingChart()->categories(),
            QStringList({ u"Principal"_s, u"Interest"_s, u"Overdue interest"_s, u"Penal interest"_s }));
        const QStringList figures = page.outstandingChart()->figureTexts();
        QCOMPARE(figures.size(), 4);
        QCOMPARE(figures[1], u"₹1,500 outstanding · ₹900 paid"_s);
        QCOMPARE(figures[3], u"₹0 outstanding · ₹250 paid"_s);
    }

    void twoLines_opensTheSevereOne_andTotalsBoth()
    {
        // The documented line as the primary, current; a second line in use, 386 days past due, SUB.
        QList<Core::LeadProgram> programs = Tests::documentedPrograms();
        QList<Core::LeadProgram> inArrears = Tests::documentedPrograms(Tests::lineInUse);
        programs.first().isPrimary = true;
        Core::LeadProgram second = inArrears.first();
        second.id = u"second-line"_s;
        second.isPrimary = false;
        second.lineDetail->dpd = 386;
        second.lineDetail->npaCategory = u"SUB"_s;
        programs.append(second);

        Widgets::CreditLinePage page;
        page.resize(1280, 1000);
        page.show();
        page.setPrograms(programs);
        auto* table = page.findChild<QTableView*>(u"programsTable"_s);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The reviewer lands on the line in arrears, not the primary one.
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(text(page, u"dpdValue"_s), u"386 days"_s);
        QCOMPARE(text(page, u"availableTile"_s), u"₹3,80,000"_s);

        // Two program rows and a total row: approved ₹10,00,000, outstanding ₹1,21,500, worst DPD and class.
        QCOMPARE(table->model()->rowCount(), 3);
        const auto total = [table](int column) { return table->model()->index(2, column).data().toString(); };
        QCOMPARE(total(Models::LeadRecordModels::ProgramName), u"Total of 2 lines"_s);
        QCOMPARE(total(Models::LeadRecordModels::ProgramApproved), u"₹10,00,000"_s);
        QCOMPARE(total(Models::LeadRecordModels::ProgramAvailable), u"₹8,80,000"_s);
        QCOMPARE(total(Models::LeadRecordModels::ProgramOutstanding), u"₹1,21,500"_s);
        QCOMPARE(total(Models::LeadRecordModels::ProgramUtilization), u"12.0%"_s);
        QVERIFY(total(Models::LeadRecordModels::ProgramDpd).startsWith(u"386"_s));
        QCOMPARE(total(Models::LeadRecordModels::ProgramNpaClass), u"SUB"_s);
        // The total is not a line: clicking it keeps the line shown.
        QVERIFY(!(table->model()->flags(table->model()->index(2, 0)) & Qt::ItemIsSelectable));
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, 0)).center());
        QCOMPARE(text(page, u"dpdValue"_s), u"386 days"_s);
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QCOMPARE(text(page, u"dpdValue"_s), u"0 days"_s);

        // One line: no total row.
        page.setPrograms(programs.mid(0, 1));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void noPrograms_andErrors_sayWhy()
    {
        Widgets::CreditLinePage page;
        page.show();
        QVERIFY(text(page, u"stateLabel"_s).contains(u"Loading"_s));
        page.setPrograms({});
        QCOMPARE(text(page, u"stateLabel"_s), u"This lead has no program yet."_s);
        QVERIFY(!page.findChild<QTableView*>(u"programsTable"_s)->isVisible());
        page.showError(u"The server could not be reached."_s);
        QVERIFY(text(page, u"stateLabel"_s).contains(u"could not be reached"_s));
    }
};

QTEST_MAIN(CreditLineTest)
#include "creditline_test.moc"
