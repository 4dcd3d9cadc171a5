// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistmodel.h"
#include "leadrecordmodels.h"
#include "outstandingmodel.h"
#include "ratestepmodel.h"
#include "roles.h"
#include "slabtablemodel.h"

#include "bankaccount.h"
#include "jsoncodec.h"
#include "loanpricing.h"

#include "documentedexample.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Crego;
using namespace Crego::Models;
using namespace Qt::StringLiterals;

namespace {

//! ROI by slabs (12% to day 30, 18% after), overdue ROI its own flat 24%, penal "same as ROI".
void slabPricing(QByteArray& json)
{
    json.replace("\"roi_value\": [\n                {\n                    \"value\": 14,\n                    "
                 "\"days\": \"inf\"\n                }\n            ]",
        "\"roi_value\": [{\"value\": 12, \"days\": 30}, {\"value\": 18, \"days\": \"inf\"}]");
    json.replace("\"roi_slab_based\": false", "\"roi_slab_based\": true");
    json.replace("\"overdue_roi_same_as_roi\": true", "\"overdue_roi_same_as_roi\": false");
    json.replace("\"overdue_roi_slab_based\": true", "\"overdue_roi_slab_based\": false");
    json.replace("\"overdue_roi_value\": [\n                {\n                    \"value\": 14,",
        "\"overdue_roi_value\": [\n                {\n                    \"value\": 24,");
    json.replace("\"penal_roi_same_as_roi\": false", "\"penal_roi_same_as_roi\": true");
}

} // namespace

//! The credit line tab's models over the documented example: the programs table, outstanding against
//! paid, the slab tables honouring *_same_as_roi / *_slab_based, and the step points of the rate chart.
class CreditLineModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programsTable_documentedExample()
    {
        std::unique_ptr<RecordTableModel<Core::LeadProgram>> model(LeadRecordModels::programs(nullptr));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->setRecords(Tests::documentedPrograms());
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [&model](const QString& title, int role = Qt::DisplayRole) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->headerData(column, Qt::Horizontal).toString() == title) {
                    return model->index(0, column).data(role);
                }
            }
            return QVariant();
        };
        QCOMPARE(cell(u"Program"_s).toString(), u"CavinKare DF"_s);
        QCOMPARE(cell(u"Product"_s).toString(), u"Distributor Financing"_s);
        QCOMPARE(cell(u"Status"_s).toString(), u"Disbursed"_s);
        QCOMPARE(cell(u"Primary"_s).toString(), u"Primary"_s);
        QCOMPARE(cell(u"Approved"_s).toString(), u"₹5,00,000"_s);
        QCOMPARE(cell(u"Approved"_s, RawValueRole).toLongLong(), 50000000LL); // paise
        QCOMPARE(cell(u"Available"_s).toString(), u"₹5,00,000"_s);
        QCOMPARE(cell(u"Utilization"_s).toString(), u"0.0%"_s);
        QCOMPARE(cell(u"DPD"_s).toString(), u"0 (Current)"_s);
        QCOMPARE(cell(u"NPA class"_s).toString(), u"STD"_s);
        QCOMPARE(cell(u"Hold"_s).toString(), QString());
        QVERIFY(
            cell(u"Expiry"_s).toString().startsWith(u"expired"_s) || cell(u"Expiry"_s).toString().startsWith(u"in "_s));

        model->setRecords(Tests::documentedPrograms(Tests::lineInUse));
        QCOMPARE(cell(u"Utilization"_s).toString(), u"24.0%"_s); // 1,20,000 of 5,00,000
        QCOMPARE(cell(u"Outstanding"_s).toString(), u"₹1,21,500"_s);

        // A program applied for, with no line yet: nothing made up.
        QList<Core::LeadProgram> applied = Tests::documentedPrograms();
        applied[0].status = u"applied"_s;
        applied[0].lineDetail.reset();
        model->setRecords(applied);
        for (const QString& figure :
            { u"Approved"_s, u"Available"_s, u"Outstanding"_s, u"Utilization"_s, u"NPA class"_s, u"Peak DPD"_s }) {
            QCOMPARE(cell(figure).toString(), u"—"_s);
        }
        QCOMPARE(cell(u"DPD"_s).toString(), u"No line yet"_s);
        QVERIFY(!cell(u"Approved"_s, RawValueRole).isValid()); // sorts apart from a real zero
        QVERIFY(!cell(u"DPD"_s, Qt::BackgroundRole).isValid());
    }

    void banksTable_readsVerificationAsServersSayIt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("verification");
        QTest::addColumn<QString>("nameMatch");
        QTest::newRow("sandbox") << QByteArray(R"({"verification_status": "verified", "name_match_score": 96})")
                                 << u"Verified"_s << u"96%"_s;
        QTest::newRow("flags") << QByteArray(R"({"is_verified": true, "name_match": true})") << u"Verified"_s
                               << u"Matches"_s;
        QTest::newRow("failed, share") << QByteArray(R"({"is_verified": false, "name_match": 0.42})") << u"Failed"_s
                                       << u"42%"_s;
        QTest::newRow("nothing said") << QByteArray(R"({"name_match": null})") << QString() << QString();
    }

    void banksTable_readsVerificationAsServersSayIt()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, verification);
        QFETCH(QString, nameMatch);
        Core::BankAccount bank;
        Core::JsonError error;
        const QByteArray account = R"({"account_number": "50100012345678", "ifsc": "HDFC0000001", )" + json.mid(1);
        QVERIFY2(Core::JsonCodec::decode(account, bank, error), qPrintable(error.toString()));
        std::unique_ptr<RecordTableModel<Core::BankAccount>> model(LeadRecordModels::banks(nullptr));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->setRecords({ bank });
        QString shownVerification;
        QString shownMatch;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            if (title == u"Verification"_s) {
                shownVerification = model->index(0, column).data().toString();
            } else if (title == u"Match"_s) {
                shownMatch = model->index(0, column).data().toString();
            }
        }
        QCOMPARE(shownVerification, verification);
        QCOMPARE(shownMatch, nameMatch);
    }

    void leadList_withoutLineOrPrograms_showsDashesNotZeros()
    {
        Core::Lead withoutPrograms;
        withoutPrograms.id = u"a"_s;
        withoutPrograms.lineSummary = Core::LineSummary::fromPrograms({});
        QVERIFY(!withoutPrograms.lineSummary.has_value());
        Core::Lead applied;
        applied.id = u"b"_s;
        QList<Core::LeadProgram> programs = Tests::documentedPrograms();
        programs[0].lineDetail.reset();
        applied.lineSummary = Core::LineSummary::fromPrograms(programs);
        QVERIFY(applied.lineSummary && !applied.lineSummary->hasLine);
        Core::Lead withLine;
        withLine.id = u"c"_s;
        withLine.lineSummary = Core::LineSummary::fromPrograms(Tests::documentedPrograms());

        LeadListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.showSelection(u"test"_s, { withoutPrograms, applied, withLine });
        const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        for (int column :
            { LeadListModel::Approved, LeadListModel::Outstanding, LeadListModel::Dpd, LeadListModel::NpaClass }) {
            QCOMPARE(cell(0, column), u"—"_s);
        }
        QCOMPARE(cell(1, LeadListModel::Program), u"CavinKare DF"_s);
        QCOMPARE(cell(1, LeadListModel::Approved), u"No line yet"_s);
        QCOMPARE(cell(1, LeadListModel::Outstanding), u"—"_s);
        QCOMPARE(cell(1, LeadListModel::Dpd), u"—"_s);
        QCOMPARE(cell(1, LeadListModel::NpaClass), u"—"_s);
        QCOMPARE(cell(2, LeadListModel::Approved), u"₹5,00,000"_s);
        QCOMPARE(cell(2, LeadListModel::NpaClass), u"STD"_s);
    }

    void outstanding_componentsAgainstPaid()
    {
        OutstandingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(
            !model.index(OutstandingModel::Principal, OutstandingModel::Outstanding).data().isValid()); // no line yet
        model.setLine(Tests::documentedPrograms(Tests::lineInUse).first().lineDetail);
        QCOMPARE(
            model.index(OutstandingModel::Principal, OutstandingModel::Component).data().toString(), u"Principal"_s);
        QCOMPARE(
            model.index(OutstandingModel::Principal, OutstandingModel::Outstanding).data().toString(), u"₹1,20,000"_s);
        QCOMPARE(model.index(OutstandingModel::Principal, OutstandingModel::Paid).data().toString(), u"₹30,000"_s);
        QCOMPARE(model.index(OutstandingModel::Principal, OutstandingModel::Due).data().toString(), u"₹20,000"_s);
        QCOMPARE(
            model.index(OutstandingModel::Interest, OutstandingModel::Paid).data(RawValueRole).toLongLong(), 90000LL);
        QCOMPARE(model.index(OutstandingModel::Penal, OutstandingModel::Outstanding).data().toString(), u"₹0"_s);
        QCOMPARE(model.index(OutstandingModel::Total, OutstandingModel::Outstanding).data().toString(), u"₹1,21,500"_s);
        QCOMPARE(model.index(OutstandingModel::Total, OutstandingModel::Paid).data().toString(), u"₹30,900"_s);
    }

    void pricing_documentedExample_flatRates()
    {
        const Core::LoanPricing pricing(*Tests::documentedPrograms().first().loanData);
        const QList<Core::RoiSlabRow> roi = pricing.slabs(Core::LoanPricing::Roi);
        QCOMPARE(roi.size(), 1);
        QCOMPARE(roi.first().fromDay, 0);
        QVERIFY(!roi.first().toDay);
        QCOMPARE(pricing.slabText(roi.first()), u"14% p.a. from day 0, no upper bound"_s);
        // overdue_roi_same_as_roi: the ROI table, whatever overdue_roi_value says.
        QCOMPARE(pricing.basis(Core::LoanPricing::OverdueRoi), u"Same as ROI"_s);
        QCOMPARE(pricing.slabs(Core::LoanPricing::OverdueRoi).first().ratePercent, 14.0);
        QCOMPARE(pricing.basis(Core::LoanPricing::PenalRoi), u"Flat rate"_s);
        QCOMPARE(pricing.slabText(pricing.slabs(Core::LoanPricing::PenalRoi).first()),
            u"10% p.a. from day 0, no upper bound"_s);

        QHash<QString, QString> parameters;
        for (const auto& [label, value] : pricing.parameters()) {
            parameters.insert(label, value);
        }
        QCOMPARE(parameters.value(u"Tenure"_s), u"5 days"_s);
        QCOMPARE(parameters.value(u"Tenure starts at"_s), u"Disbursement date"_s);
        QCOMPARE(parameters.value(u"Interest starts"_s), u"Same day"_s);
        QCOMPARE(parameters.value(u"Day count"_s), u"30 days a month, 365 days a year"_s);
        QCOMPARE(parameters.value(u"Interest lock-in"_s), u"Off"_s);
        QCOMPARE(parameters.value(u"Penal interest starts"_s), u"On the due date"_s);
        QCOMPARE(parameters.value(u"Subvention"_s), u"Off"_s);
        QCOMPARE(parameters.value(u"Cashback"_s), u"Off"_s);
        QCOMPARE(parameters.value(u"Holdback"_s), u"Off"_s);

        SlabTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
        table.setSlabs(roi, pricing.periodUnit());
        QCOMPARE(table.index(0, SlabTableModel::FromDay).data().toString(), u"Day 0"_s);
        QCOMPARE(table.index(0, SlabTableModel::ToDay).data().toString(), u"No upper bound"_s);
        QCOMPARE(table.index(0, SlabTableModel::Rate).data().toString(), u"14"_s);
        QCOMPARE(table.headerData(SlabTableModel::Rate, Qt::Horizontal).toString(), u"Rate (% p.a.)"_s);
    }

    void pricing_slabsAndSameAsRoi()
    {
        const Core::LoanPricing pricing(*Tests::documentedPrograms(slabPricing).first().loanData);
        const QList<Core::RoiSlabRow> roi = pricing.slabs(Core::LoanPricing::Roi);
        QCOMPARE(roi.size(), 2);
        QCOMPARE(pricing.slabText(roi[0]), u"12% p.a. from day 0 to day 30"_s);
        QCOMPARE(pricing.slabText(roi[1]), u"18% p.a. from day 31, no upper bound"_s);
        QCOMPARE(pricing.basis(Core::LoanPricing::Roi), u"By days outstanding"_s);
        // Not slab based: one open-ended slab at the first rate.
        QCOMPARE(pricing.basis(Core::LoanPricing::OverdueRoi), u"Flat rate"_s);
        QCOMPARE(pricing.slabs(Core::LoanPricing::OverdueRoi).size(), 1);
        QCOMPARE(pricing.slabs(Core::LoanPricing::OverdueRoi).first().ratePercent, 24.0);
        QCOMPARE(pricing.slabs(Core::LoanPricing::PenalRoi).size(), 2); // same as ROI

        RateStepModel steps;
        QAbstractItemModelTester tester(&steps, QAbstractItemModelTester::FailureReportingMode::Fatal);
        steps.setPricing(pricing);
        // Two stretches (days 0-31, 31-horizon), each a start and an end point.
        QCOMPARE(steps.rowCount(), 4);
        const auto point
            = [&steps](int row, int column) { return steps.index(row, column).data(RawValueRole).toDouble(); };
        QCOMPARE(point(0, RateStepModel::Day), 0.0);
        QCOMPARE(point(0, RateStepModel::Roi), 12.0);
        QCOMPARE(point(1, RateStepModel::Day), 31.0);
        QCOMPARE(point(1, RateStepModel::Roi), 12.0);
        QCOMPARE(point(2, RateStepModel::Day), 31.0);
        QCOMPARE(point(2, RateStepModel::Roi), 18.0);
        QCOMPARE(point(2, RateStepModel::OverdueRoi), 24.0);
        QCOMPARE(point(2, RateStepModel::PenalRoi), 18.0);
        QCOMPARE(point(3, RateStepModel::Day), double(steps.horizonDay()));
        QVERIFY(steps.horizonDay() > 31);
        QCOMPARE(steps.headerData(RateStepModel::PenalRoi, Qt::Horizontal).toString(), u"Penal ROI"_s);
    }
};

QTEST_MAIN(CreditLineModelsTest)
#include "creditlinemodels_test.moc"
