// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliobreakdownmodel.h"
#include "portfolioentry.h"
#include "portfolioleads.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"
#include "roles.h"

#include "dpdbucket.h"
#include "leadpager.h"
#include "linesummary.h"

#include "../api/apitestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crego;
using namespace Crego::Models;
using namespace Qt::StringLiterals;

//! The portfolio against a real sandbox: every lead and line summed once, a lead in each DPD bucket, the
//! leads behind a bucket being exactly those the server returns for that DPD range, the same figures when
//! the server ignores expand=programs, a lead's entry as the worker thread works it out, starting again while a
//! page is worked out, and cancel.
class PortfolioTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 150, 5 };

    //! Every lead of \a query, straight from the server through the pager (no portfolio involved).
    QList<Core::Lead> allLeads(Api::LeadQuery query)
    {
        query.pageSize = 200;
        query.expandPrograms = true;
        Api::LeadPager pager(&m_kit.client, query);
        QList<Core::Lead> leads;
        connect(&pager, &Api::LeadPager::pageArrived, this,
            [&leads](const QList<Core::Lead>& page) { leads.append(page); });
        QSignalSpy finished(&pager, &Api::LeadPager::finished);
        pager.start();
        if (!finished.wait(20000)) {
            qWarning("pager did not finish");
        }
        return leads;
    }

    static void load(PortfolioLoader& loader, const Api::LeadQuery& filter = {})
    {
        QSignalSpy finished(&loader, &PortfolioLoader::finished);
        loader.start(filter);
        QVERIFY(finished.wait(60000));
        QVERIFY2(!finished.first().first().value<Api::ApiError>().isError(),
            qPrintable(finished.first().first().value<Api::ApiError>().message()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }

    void wholePortfolio_sumsEveryLineOnce()
    {
        const QList<Core::Lead> expected = allLeads({});
        QCOMPARE(expected.size(), 150);
        PortfolioModel portfolio;
        QAbstractItemModelTester programTester(
            portfolio.byProgram(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester bucketTester(
            portfolio.byDpdBucket(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester classTester(
            portfolio.byAssetClass(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester utilizationTester(
            portfolio.byUtilization(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        PortfolioLoader loader(&m_kit.client, &portfolio);
        QSignalSpy progress(&loader, &PortfolioLoader::progress);
        load(loader);
        QCOMPARE(portfolio.leadCount(), 150);
        QCOMPARE(progress.last().at(0).toLongLong(), 150);
        QCOMPARE(progress.last().at(1).toLongLong(), 150);

        Core::Money approved;
        Core::Money outstanding;
        Core::Money available;
        int lines = 0;
        for (const Core::Lead& lead : expected) {
            for (const Core::LeadProgram& program : lead.programs) {
                if (program.lineDetail) {
                    approved += program.lineDetail->approvedLineAmount;
                    outstanding += program.lineDetail->totalOutstanding;
                    available += program.lineDetail->activeLineAmount;
                    ++lines;
                }
            }
        }
        QVERIFY(lines >= 150);
        QCOMPARE(portfolio.approved().paise(), approved.paise());
        QCOMPARE(portfolio.outstanding().paise(), outstanding.paise());
        QCOMPARE(portfolio.available().paise(), available.paise());

        // Each lead with a line is in exactly one bucket, one asset class; the program rows add up to the totals.
        for (PortfolioBreakdownModel* breakdown : { portfolio.byDpdBucket(), portfolio.byAssetClass() }) {
            qint64 counted = 0;
            for (int row = 0; row < breakdown->rowCount(); ++row) {
                counted += breakdown->index(row, PortfolioBreakdownModel::Leads).data(RawValueRole).toLongLong();
            }
            QCOMPARE(counted, portfolio.leadCount() - portfolio.leadsWithoutLine());
        }
        qint64 programOutstanding = 0;
        for (int row = 0; row < portfolio.byProgram()->rowCount(); ++row) {
            programOutstanding += portfolio.byProgram()
                                      ->index(row, PortfolioBreakdownModel::Outstanding)
                                      .data(RawValueRole)
                                      .toLongLong();
        }
        QCOMPARE(programOutstanding, outstanding.paise());
        QVERIFY(portfolio.byProgram()->rowCount() >= 3);
        QCOMPARE(portfolio.byProgram()->index(0, PortfolioBreakdownModel::Outstanding).data().toString().front(), u'₹');
    }

    void everyBucket_holdsExactlyTheServersLeadsForItsRange()
    {
        PortfolioModel portfolio;
        PortfolioLoader loader(&m_kit.client, &portfolio);
        load(loader);
        PortfolioBreakdownModel* buckets = portfolio.byDpdBucket();
        QCOMPARE(buckets->rowCount(), 5);
        for (int row = 0; row < buckets->rowCount(); ++row) {
            const Core::DpdBucket bucket = Core::DpdBucket::fromValue(Core::DpdBucket::Value(row));
            QVERIFY2(buckets->leadCount(row) > 0, qPrintable(u"no sandbox lead in "_s + bucket.code()));
            QVERIFY(buckets->label(row).startsWith(bucket.code()));
            Api::LeadQuery range;
            range.dpdMin = bucket.minDays();
            if (bucket.maxDays() >= 0) {
                range.dpdMax = bucket.maxDays();
            }
            const QList<Core::Lead> drilled = portfolio.leadsIn(buckets, row);
            QCOMPARE(Tests::ApiTestKit::idsOf(drilled), Tests::ApiTestKit::idsOf(allLeads(range)));
            for (const Core::Lead& lead : drilled) {
                QVERIFY(lead.lineSummary); // the lead list shows its figures without another request
                QCOMPARE(Core::DpdBucket::fromDays(lead.lineSummary->dpd), bucket);
            }
        }
        // Asset classes likewise match the server's npa_category filter (the lead's most severe line).
        PortfolioBreakdownModel* classes = portfolio.byAssetClass();
        Api::LeadQuery substandard;
        substandard.npaCategories = { u"SUB"_s };
        QCOMPARE(
            Tests::ApiTestKit::idsOf(portfolio.leadsIn(classes, 1)), Tests::ApiTestKit::idsOf(allLeads(substandard)));
    }

    void keptLeads_areWhatTheListShowsOfEachServerLead()
    {
        PortfolioModel portfolio;
        PortfolioLoader loader(&m_kit.client, &portfolio);
        load(loader);
        const QList<Core::Lead> server = allLeads({});
        const QList<Core::Lead> kept = portfolio.leads();
        QCOMPARE(kept.size(), server.size());
        for (qsizetype i = 0; i < kept.size(); ++i) {
            const Core::Lead& mine = kept.at(i);
            const Core::Lead& theirs = server.at(i);
            QCOMPARE(mine.id, theirs.id);
            QCOMPARE(mine.refId, theirs.refId);
            QCOMPARE(mine.name, theirs.displayName());
            QCOMPARE(mine.primaryMobile, theirs.primaryMobile);
            QCOMPARE(mine.status, theirs.status);
            QCOMPARE(mine.programId, theirs.programId);
            QCOMPARE(mine.createdAt, theirs.createdAt);
            QCOMPARE(mine.updatedAt, theirs.updatedAt);
            QCOMPARE(bool(mine.lineSummary), bool(theirs.lineSummary));
            if (theirs.lineSummary) {
                QCOMPARE(mine.lineSummary->programName, theirs.lineSummary->programName);
                QCOMPARE(mine.lineSummary->approvedLineAmount, theirs.lineSummary->approvedLineAmount);
                QCOMPARE(mine.lineSummary->availableLineAmount, theirs.lineSummary->availableLineAmount);
                QCOMPARE(mine.lineSummary->totalOutstanding, theirs.lineSummary->totalOutstanding);
                QCOMPARE(mine.lineSummary->dpd, theirs.lineSummary->dpd);
                QCOMPARE(mine.lineSummary->npaCategory, theirs.lineSummary->npaCategory);
                QCOMPARE(mine.lineSummary->lineCount, theirs.lineSummary->lineCount);
            }
        }
    }

    //! Texts of any length and script come back whole, across the store's blocks of text.
    void keptLeads_longAndDevanagariTexts_comeBackWhole()
    {
        PortfolioLeads store;
        const QString longName = u"श्री गणेश ट्रेडर्स "_s.repeated(40); // well over 127 bytes of UTF-8
        const QString hugeName = QString(300 * 1024, u'क'); // larger than one block of text
        for (int i = 0; i < 3000; ++i) {
            Core::Lead lead;
            lead.id = u"lead-%1"_s.arg(i);
            lead.refId = u"CL%1"_s.arg(i);
            lead.name = i == 1500 ? hugeName : i % 2 ? longName : QString();
            lead.primaryMobile = u"98765%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            lead.status = i % 3 ? u"disbursed"_s : u"new"_s;
            lead.createdAt = Core::Timestamp::fromMSecsSinceEpoch(1716451159041 + i);
            store.append(lead, std::nullopt);
        }
        QCOMPARE(store.size(), 3000);
        for (int i : { 0, 1, 2, 1499, 1500, 1501, 2999 }) {
            const Core::Lead lead = store.at(i);
            QCOMPARE(lead.id, u"lead-%1"_s.arg(i));
            QCOMPARE(lead.refId, u"CL%1"_s.arg(i));
            QCOMPARE(lead.name, i == 1500 ? hugeName : i % 2 ? longName : QString());
            QCOMPARE(lead.primaryMobile, u"98765%1"_s.arg(i, 5, 10, QLatin1Char('0')));
            QCOMPARE(lead.status, i % 3 ? u"disbursed"_s : u"new"_s);
            QCOMPARE(lead.createdAt.msecsSinceEpoch(), 1716451159041 + i);
            QVERIFY(!lead.lineSummary);
        }
    }

    void serverWithoutExpand_fetchesEachLeadsPrograms_sameFigures()
    {
        PortfolioModel expanded;
        PortfolioLoader expandedLoader(&m_kit.client, &expanded);
        load(expandedLoader);

        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"ignore_expand"_s, true } }).status, 200);
        const qint64 requestsBefore = qint64(m_kit.sandbox.server().apiRequestCount());
        PortfolioModel fetched;
        PortfolioLoader fetchedLoader(&m_kit.client, &fetched);
        load(fetchedLoader);
        const qint64 requests = qint64(m_kit.sandbox.server().apiRequestCount()) - requestsBefore;
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"ignore_expand"_s, false } }).status, 200);

        QCOMPARE(requests, 1 + 150); // one page of leads, then each lead's programs
        QCOMPARE(fetched.leadCount(), expanded.leadCount());
        QCOMPARE(fetched.approved().paise(), expanded.approved().paise());
        QCOMPARE(fetched.outstanding().paise(), expanded.outstanding().paise());
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(Tests::ApiTestKit::idsOf(fetched.leadsIn(fetched.byDpdBucket(), row)),
                Tests::ApiTestKit::idsOf(expanded.leadsIn(expanded.byDpdBucket(), row)));
        }
    }

    void filter_limitsThePortfolio()
    {
        Api::LeadQuery filter;
        filter.npaCategories = { u"STD"_s };
        PortfolioModel portfolio;
        PortfolioLoader loader(&m_kit.client, &portfolio);
        load(loader, filter);
        QCOMPARE(portfolio.leadCount(), qint64(allLeads(filter).size()));
        QVERIFY(portfolio.leadCount() < 150);
        QCOMPARE(portfolio.byAssetClass()->leadCount(1) + portfolio.byAssetClass()->leadCount(2)
                + portfolio.byAssetClass()->leadCount(3),
            0);
    }

    //! Each page is worked out on a worker thread: an entry sums the lead's lines and keeps the lead
    //! without its programs (the portfolio never holds them).
    void entry_sumsTheLeadsLines_andDropsItsPrograms()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int withLine = 0;
        for (const Core::Lead& lead : allLeads({})) {
            const PortfolioEntry entry = PortfolioEntry::fromLead(lead, now);
            QCOMPARE(entry.lead.id, lead.id);
            QCOMPARE(entry.lead.displayName(), lead.displayName());
            QVERIFY(entry.lead.programs.isEmpty());
            Core::Money approved;
            int lines = 0;
            for (const Core::LeadProgram& program : lead.programs) {
                if (program.lineDetail) {
                    approved += program.lineDetail->approvedLineAmount;
                    ++lines;
                }
            }
            QCOMPARE(entry.lines.size(), lines);
            QCOMPARE(entry.approved, approved);
            QCOMPARE(entry.dpdBucket >= 0, lines > 0);
            QCOMPARE(entry.summary.has_value(), lines > 0 || lead.lineSummary.has_value());
            withLine += entry.hasLine() ? 1 : 0;
        }
        QVERIFY(withLine > 100);
    }

    //! Starting again (another filter) just as the first load's page has arrived, while its figures are
    //! worked out on the worker thread: only the second load's leads are counted, and each load reports
    //! finishing once.
    void restartWhileAPageIsWorkedOut_countsOnlyTheNewLoad()
    {
        Api::LeadQuery standard;
        standard.npaCategories = { u"STD"_s };
        const qint64 standardLeads = allLeads(standard).size();
        PortfolioModel portfolio;
        PortfolioLoader loader(&m_kit.client, &portfolio);
        QSignalSpy finished(&loader, &PortfolioLoader::finished);
        loader.start({});
        auto* firstPager = loader.findChild<Api::LeadPager*>();
        QVERIFY(firstPager);
        // Connected after the loader's own slot: the page has just been handed to the worker.
        connect(firstPager, &Api::LeadPager::pageArrived, &loader, [&loader, &standard] { loader.start(standard); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.at(0).first().value<Api::ApiError>().band(), Api::ApiError::Band::Cancelled);
        QVERIFY(!finished.at(1).first().value<Api::ApiError>().isError());
        QCOMPARE(portfolio.leadCount(), standardLeads);
        QCOMPARE(portfolio.byAssetClass()->leadCount(0), standardLeads);
        QTest::qWait(50);
        QCOMPARE(portfolio.leadCount(), standardLeads);
        QCOMPARE(finished.size(), 2);
    }

    void cancel_stopsAndReportsCancelled()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"latency_ms"_s, 150 } }).status, 200);
        PortfolioModel portfolio;
        PortfolioLoader loader(&m_kit.client, &portfolio);
        QSignalSpy finished(&loader, &PortfolioLoader::finished);
        Api::LeadQuery filter;
        loader.start(filter);
        QVERIFY(loader.isRunning());
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<Api::ApiError>().band(), Api::ApiError::Band::Cancelled);
        QVERIFY(!loader.isRunning());
        QTest::qWait(400);
        QCOMPARE(portfolio.leadCount(), 0); // the page in flight does not land after cancel
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, QJsonObject { { u"latency_ms"_s, 0 } }).status, 200);
    }
};

QTEST_MAIN(PortfolioTest)
#include "portfolio_test.moc"
