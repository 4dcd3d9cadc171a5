// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "leadlistmodel.h"
#include "roles.h"

#include "moneyformatter.h"

#include "../api/apitestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crego;
using namespace Crego::Models;
using namespace Qt::StringLiterals;

//! The lead list model against a real sandbox, under QAbstractItemModelTester: paging by fetchMore,
//! server-side search, filters and sorting, removal, and the error state with its recovery.
class LeadListModelTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 130, 12 };

    static void waitLoaded(LeadListModel& model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != LeadListModel::State::Loading, 10000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }

    void firstPage_givesARowForEveryLead_andPagesFillInWhereTheViewLooks()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Api::LeadQuery query;
        query.pageSize = 20;
        const quint64 before = m_kit.sandbox.server().apiRequestCount();
        model.setQuery(query);
        waitLoaded(model);
        QCOMPARE(model.state(), LeadListModel::State::Loaded);
        QCOMPARE(model.totalCount(), qint64(130));
        QCOMPARE(model.rowCount(), 130); // every lead has its row at once: the scrollbar is the whole list
        QVERIFY(!model.loadsInOrder());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(model.leadAt(19) && !model.leadAt(20));
        QCOMPARE(model.index(110, LeadListModel::Name).data().toString(), u"Loading…"_s);
        QCOMPARE(model.index(110, LeadListModel::Outstanding).data().toString(), QString());

        // A jump to row 110 asks for its page only, not the four before it.
        QSignalSpy loaded(&model, &LeadListModel::rowsLoaded);
        model.fetchRows(105, 115);
        QTRY_VERIFY_WITH_TIMEOUT(model.leadAt(110), 10000);
        QVERIFY(model.leadAt(100) && model.leadAt(119) && !model.leadAt(99) && !model.leadAt(120));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), 100);
        QCOMPARE(loaded.first().at(1).toInt(), 119);
        QCOMPARE(m_kit.sandbox.server().apiRequestCount() - before, quint64(2));
        QVERIFY(model.index(110, LeadListModel::Name).data().toString() != u"Loading…"_s);

        // Every page, each once, and every lead once.
        QVERIFY(Tests::loadEveryRow(model));
        QCOMPARE(m_kit.sandbox.server().apiRequestCount() - before, quint64(7));
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.leadAt(row)->id);
        }
        QCOMPARE(ids.size(), 130);
    }

    void pagesFarFromTheView_areDropped()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Api::LeadQuery query;
        query.pageSize = 2; // 65 pages of 2: more than the model keeps
        model.setQuery(query);
        waitLoaded(model);
        for (int row = 0; row < model.rowCount(); row += 2) {
            model.fetchRows(row, row + 1);
            QTRY_VERIFY_WITH_TIMEOUT(model.leadAt(row), 10000);
            QVERIFY(model.keptPages() <= LeadListModel::KeptPages);
        }
        QCOMPARE(model.keptPages(), LeadListModel::KeptPages);
        QVERIFY(model.leadAt(129) && model.leadAt(128)); // where the view is
        QVERIFY(!model.leadAt(0)); // the far end was dropped ...
        QCOMPARE(model.index(0, LeadListModel::Name).data().toString(), u"Loading…"_s);
        model.fetchRows(0, 1); // ... and comes back when the view does
        QTRY_VERIFY_WITH_TIMEOUT(model.leadAt(0), 10000);
    }

    void cells_showIndianFiguresAndMaskedMobiles()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Api::LeadQuery query;
        query.ordering = u"-approved_line_amount"_s;
        model.setQuery(query);
        waitLoaded(model);
        const QModelIndex approved = model.index(0, LeadListModel::Approved);
        const Core::Lead& lead = Tests::leadOf(model, 0);
        QCOMPARE(approved.data().toString(), Core::MoneyFormatter::format(lead.lineSummary->approvedLineAmount));
        QVERIFY(approved.data().toString().startsWith(u"₹"_s));
        QCOMPARE(approved.data(RawValueRole).toLongLong(), lead.lineSummary->approvedLineAmount.paise());
        QCOMPARE(approved.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        const QString mobile = model.index(0, LeadListModel::Mobile).data().toString();
        QVERIFY2(mobile.contains(u"XXXXXX"_s), qPrintable(mobile));
        model.setRevealMobiles(true);
        QCOMPARE(model.index(0, LeadListModel::Mobile).data().toString(), lead.primaryMobile);
        QCOMPARE(model.index(0, LeadListModel::Name).data(IdRole).toString(), lead.id);
        QCOMPARE(model.headerData(LeadListModel::Outstanding, Qt::Horizontal).toString(), u"Outstanding"_s);
    }

    void sort_goesToTheServer()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setQuery(Api::LeadQuery {});
        waitLoaded(model);
        model.sort(LeadListModel::Outstanding, Qt::DescendingOrder);
        QCOMPARE(model.query().ordering, u"-total_outstanding"_s);
        waitLoaded(model);
        QVERIFY(Tests::loadEveryRow(model));
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, LeadListModel::Outstanding).data(RawValueRole).toLongLong()
                >= model.index(row, LeadListModel::Outstanding).data(RawValueRole).toLongLong());
        }
        model.sort(LeadListModel::Mobile, Qt::AscendingOrder); // the server cannot sort by it: nothing happens
        QCOMPARE(model.query().ordering, u"-total_outstanding"_s);
    }

    void searchAndFilter_narrowTheList()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setQuery(Api::LeadQuery {});
        waitLoaded(model);
        const QString name = Tests::leadOf(model, 0).displayName();
        Api::LeadQuery query;
        query.search = name;
        model.setQuery(query);
        waitLoaded(model);
        QVERIFY(model.totalCount() >= 1 && model.totalCount() < 130);
        QCOMPARE(Tests::leadOf(model, 0).displayName(), name);

        query = {};
        query.dpdMin = 91;
        model.setQuery(query);
        waitLoaded(model);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(Tests::loadEveryRow(model));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, LeadListModel::Dpd).data(RawValueRole).toInt() >= 91);
            QVERIFY(model.index(row, LeadListModel::Dpd).data().toString().contains(u"NPA"_s));
        }

        query.search = u"no-such-borrower-anywhere"_s;
        model.setQuery(query);
        waitLoaded(model);
        QCOMPARE(model.state(), LeadListModel::State::Empty);
        QCOMPARE(model.rowCount(), 0);
    }

    void leadWithSeveralLines_saysSo_andTotalsThem()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setQuery(Api::LeadQuery {});
        waitLoaded(model);
        int row = 0;
        while (row < model.rowCount() && Tests::leadOf(model, row).lineSummary->lineCount < 2) {
            ++row;
        }
        QVERIFY2(row < model.rowCount(), "the first page has a lead with two lines");
        const Core::Lead lead = Tests::leadOf(model, row);
        const int others = lead.lineSummary->lineCount - 1;
        QCOMPARE(model.index(row, LeadListModel::Program).data().toString(),
            lead.lineSummary->programName + u" + "_s + QString::number(others) + u" more"_s);
        QVERIFY(model.index(row, LeadListModel::Outstanding)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"all lines together"_s));
        // Against the lead's own programs, the outstanding shown is every line's.
        const Tests::HttpResult programs = m_kit.sandbox.get(u"/v1/crm/leads/"_s + lead.id + u"/programs/"_s);
        qint64 outstanding = 0;
        for (const QJsonValue& program : programs.array()) {
            outstanding += std::llround(program[u"line_detail"_s][u"total_outstanding"_s].toDouble() * 100);
        }
        QCOMPARE(model.index(row, LeadListModel::Outstanding).data(RawValueRole).toLongLong(), outstanding);
    }

    void remove_dropsTheRowAndCount()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setQuery(Api::LeadQuery {});
        waitLoaded(model);
        const QString id = Tests::leadOf(model, 1).id;
        const qint64 total = model.totalCount();
        model.removeLead(id);
        QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(model.totalCount(), total - 1);
    }

    void missingLineSummary_isFetchedForShownRowsOnly()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"omit_line_summary"_s, true } }).status, 200);
        LeadListModel model(&m_kit.client); // no tester here: it would read every row
        model.setQuery(Api::LeadQuery {});
        waitLoaded(model);
        QVERIFY(!Tests::leadOf(model, 0).lineSummary.has_value());
        QCOMPARE(model.index(0, LeadListModel::Approved).data().toString(), u"—"_s); // until known
        model.fetchLines(0, 0); // what the list page asks for the rows on screen
        QTRY_VERIFY_WITH_TIMEOUT(model.index(0, LeadListModel::Approved).data().toString().startsWith(u"₹"_s), 10000);
        QVERIFY(!model.index(0, LeadListModel::Program).data().toString().isEmpty());
        QVERIFY(!Tests::leadOf(model, 10).lineSummary.has_value()); // never shown, never fetched
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"omit_line_summary"_s, false } }).status, 200);
        model.reload();
        waitLoaded(model);
        QCOMPARE(model.index(0, LeadListModel::Approved).data().toString(),
            Core::MoneyFormatter::format(Tests::leadOf(model, 0).lineSummary->approvedLineAmount));
    }

    void serverFailure_showsErrorThenReloadRecovers()
    {
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_kit.session.transport().setRetryDelays({});
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 1.0 } }).status, 200);
        model.setQuery(Api::LeadQuery {});
        waitLoaded(model);
        QCOMPARE(model.state(), LeadListModel::State::Error);
        QVERIFY(model.errorMessage().contains(u"503"_s));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 0 } }).status, 200);
        model.reload();
        waitLoaded(model);
        QCOMPARE(model.state(), LeadListModel::State::Loaded);
        QVERIFY(model.rowCount() > 0);
        m_kit.session.transport().setRetryDelays({ 20, 50, 100 });
    }

    // Last: it deletes a lead of the shared sandbox.
    void deleteInTheMiddle_movesTheRowsAfterItUp()
    {
        Api::LeadQuery query;
        query.pageSize = 20;
        LeadListModel before(&m_kit.client); // the list as it was, every row
        before.setQuery(query);
        waitLoaded(before);
        QVERIFY(Tests::loadEveryRow(before));
        const auto idBefore = [&before](int row) { return before.leadAt(row)->id; };

        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setQuery(query);
        waitLoaded(model);
        model.fetchRows(0, 39); // pages 1 and 2 ...
        QTRY_VERIFY_WITH_TIMEOUT(model.leadAt(39), 10000);
        model.fetchRows(60, 79); // ... and 4, not 3
        QTRY_VERIFY_WITH_TIMEOUT(model.leadAt(79), 10000);
        bool done = false;
        model.deleteLead(idBefore(25), this, [&done](const Api::ApiError& error) { done = !error.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(model.rowCount(), before.rowCount() - 1);
        QCOMPARE(model.totalCount(), before.totalCount() - 1);
        QCOMPARE(model.rowOf(idBefore(25)), -1);
        // Each row after it shows the lead that was below it, where that lead is here ...
        QCOMPARE(model.leadAt(24)->id, idBefore(24));
        QCOMPARE(model.leadAt(25)->id, idBefore(26));
        QCOMPARE(model.leadAt(38)->id, idBefore(39));
        QCOMPARE(model.leadAt(60)->id, idBefore(61));
        // ... and where it is not (it was on page 3, never loaded), the row waits for it.
        QVERIFY(!model.leadAt(39));
        QCOMPARE(model.index(39, LeadListModel::Name).data().toString(), u"Loading…"_s);
        QVERIFY(!model.leadAt(79));
        model.fetchRows(20, 79);
        QTRY_VERIFY_WITH_TIMEOUT(model.leadAt(39) && model.leadAt(79), 10000);
        QCOMPARE(model.leadAt(39)->id, idBefore(40));
        QCOMPARE(model.leadAt(79)->id, idBefore(80));
        QCOMPARE(model.rowCount(), before.rowCount() - 1); // the server agrees
    }
};

QTEST_GUILESS_MAIN(LeadListModelTest)
#include "leadlistmodel_test.moc"
