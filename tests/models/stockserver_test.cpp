// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "leaddetailloader.h"
#include "leadlistmodel.h"
#include "leadpager.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"

#include "../api/apitestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Crego;
using namespace Crego::Models;
using namespace Qt::StringLiterals;

//! The list, a lead's page and the portfolio against a server that behaves like a stock Django REST
//! Framework deployment (the sandbox's stock-server switches): the exact requests each pagination style
//! costs, no request storm after a failure, never another borrower's records, every shape read.
class StockServerTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 156, 61 };

    void behave(const QJsonObject& behaviour)
    {
        QCOMPARE(
            m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"stock_server"_s, false }, { u"drop_rate"_s, 0 } }).status,
            200);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, behaviour).status, 200);
        m_kit.session.client()->conventions() = Api::ServerConventions(); // as on a fresh connection
    }

    qint64 requests() { return qint64(m_kit.sandbox.server().apiRequestCount()); }

    //! Reads the whole lead list in pages of 50 with a LeadPager: the ids it hands on, in order, into \a ids,
    //! and the most requests on their way at once (looked at every 5 ms) into \a highestInFlight. False when
    //! it did not end, or ended in an error.
    bool readWithPager(QStringList& ids, int& highestInFlight)
    {
        Api::LeadQuery query;
        query.pageSize = 50;
        Api::LeadPager pager(&m_kit.client, query);
        connect(&pager, &Api::LeadPager::pageArrived, this, [&ids](const QList<Core::Lead>& leads) {
            for (const Core::Lead& lead : leads) {
                ids.append(lead.id);
            }
        });
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&highestInFlight, this] {
            highestInFlight = std::max(highestInFlight, m_kit.session.transport().inFlightCount());
        });
        sampler.start(5);
        QSignalSpy finished(&pager, &Api::LeadPager::finished);
        pager.start();
        return finished.wait(20000) && !finished.first().first().value<Api::ApiError>().isError();
    }

    void settle() { QTRY_COMPARE_WITH_TIMEOUT(m_kit.session.activeCalls(), 0, 20000); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }
    void cleanupTestCase() { behave({}); }

    void leadList_asksForExactlyThePagesThereAre_data()
    {
        QTest::addColumn<QJsonObject>("behaviour");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pages");
        QTest::addColumn<bool>("inOrder");
        QTest::newRow("sandbox pages of 50") << QJsonObject {} << 50 << 4 << false;
        QTest::newRow("page numbers, 50") << QJsonObject { { u"pagination"_s, u"page_number"_s } } << 50 << 4 << false;
        QTest::newRow("page numbers, 52: the count ends it, no 404")
            << QJsonObject { { u"pagination"_s, u"page_number"_s } } << 52 << 3 << false;
        QTest::newRow("cursor, 50") << QJsonObject { { u"pagination"_s, u"cursor"_s } } << 50 << 4 << true;
        QTest::newRow("cursor, 52: next null ends it")
            << QJsonObject { { u"pagination"_s, u"cursor"_s } } << 52 << 3 << true;
        QTest::newRow("stock server") << QJsonObject { { u"stock_server"_s, true } } << 50 << 4 << false;
    }

    void leadList_asksForExactlyThePagesThereAre()
    {
        QFETCH(QJsonObject, behaviour);
        QFETCH(int, pageSize);
        QFETCH(int, pages);
        QFETCH(bool, inOrder);
        behave(behaviour);
        LeadListModel model(&m_kit.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 before = requests();
        Api::LeadQuery query;
        query.pageSize = pageSize;
        model.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != LeadListModel::State::Loading, 10000);
        // Page numbers and a count: a row for every lead at once. Cursors: the rows come page by page.
        QCOMPARE(model.loadsInOrder(), inOrder);
        QVERIFY(inOrder ? model.rowCount() >= pageSize : model.rowCount() == 156); // the tester asks for more
        QVERIFY(Tests::loadEveryRow(model));
        QCOMPARE(model.state(), LeadListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 156);
        QCOMPARE(model.totalCount(), qint64(156));
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(Tests::leadOf(model, row).id);
        }
        QCOMPARE(ids.size(), 156);
        QTest::qWait(300); // nothing more goes out by itself
        QCOMPARE(requests() - before, qint64(pages));
    }

    void failedPage_isNeverAskedForAgainByItself_data()
    {
        QTest::addColumn<QString>("pagination");
        QTest::newRow("page numbers: the view's page fails") << u"page_number"_s;
        QTest::newRow("cursor: the next page fails") << u"cursor"_s;
    }

    void failedPage_isNeverAskedForAgainByItself()
    {
        QFETCH(QString, pagination);
        behave({ { u"pagination"_s, pagination } });
        m_kit.session.transport().setRetryDelays({});
        LeadListModel model(&m_kit.client); // no tester: it would ask for every page at once
        Api::LeadQuery query;
        query.pageSize = 50;
        model.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == LeadListModel::State::Loaded, 10000);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, 1.0 } }).status, 200);
        const qint64 before = requests();
        if (model.loadsInOrder()) {
            QVERIFY(model.canFetchMore(QModelIndex()));
            model.fetchMore(QModelIndex());
            QTRY_COMPARE_WITH_TIMEOUT(model.state(), LeadListModel::State::Error, 10000);
            QVERIFY(!model.canFetchMore(QModelIndex())); // a view asking again gets nothing until Retry
            model.fetchMore(QModelIndex());
            QCOMPARE(model.rowCount(), 50); // what had arrived stays
        } else {
            model.fetchRows(60, 80);
            const QModelIndex name = model.index(70, LeadListModel::Name);
            QTRY_COMPARE_WITH_TIMEOUT(name.data().toString(), u"Not loaded — press F5 to try again"_s, 10000);
            QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(u"These leads could not be loaded: "_s));
            model.fetchRows(60, 80); // the view asking again gets nothing until Retry
            QCOMPARE(model.state(), LeadListModel::State::Loaded); // the rows that arrived stay on screen
            QVERIFY(model.leadAt(0));
        }
        QTest::qWait(500);
        QCOMPARE(m_kit.session.activeCalls(), 0);
        QCOMPARE(requests() - before, qint64(1));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, 0 } }).status, 200);
        model.reload(); // the user's Retry
        QTRY_VERIFY_WITH_TIMEOUT(model.state() == LeadListModel::State::Loaded, 10000);
        m_kit.session.transport().setRetryDelays({ 20, 50, 100 });
    }

    void pager_asksForThePageAfterTheNext_unlessTheServerPagesByCursor_data()
    {
        QTest::addColumn<QJsonObject>("behaviour");
        QTest::addColumn<int>("inFlight");
        QTest::newRow("sandbox: relative next links naming page numbers") << QJsonObject {} << 2;
        QTest::newRow("page numbers: absolute next links")
            << QJsonObject { { u"pagination"_s, u"page_number"_s } } << 2;
        QTest::newRow("stock server: absolute links") << QJsonObject { { u"stock_server"_s, true } } << 2;
        QTest::newRow("cursor: one page at a time") << QJsonObject { { u"pagination"_s, u"cursor"_s } } << 1;
    }

    void pager_asksForThePageAfterTheNext_unlessTheServerPagesByCursor()
    {
        QFETCH(QJsonObject, behaviour);
        QFETCH(int, inFlight);
        behave({ { u"pagination"_s, u"cursor"_s } });
        QStringList expected; // the leads in the server's order, read one page at a time
        int oneAtATime = 0;
        QVERIFY(readWithPager(expected, oneAtATime));
        QCOMPARE(expected.size(), 156);

        behaviour.insert(u"latency_ms"_s, 60); // each answer takes a while: asking ahead shows
        behave(behaviour);
        QStringList ids;
        int highest = 0;
        const qint64 before = requests();
        QVERIFY(readWithPager(ids, highest));
        settle();
        QCOMPARE(highest, inFlight);
        QCOMPARE(ids, expected); // every lead once, in the server's order
        QCOMPARE(requests() - before, qint64(4)); // pages of 50: none asked for past the end
        behave({ { u"latency_ms"_s, 0 } });
    }

    void portfolio_costsOnePageOrOnePageAndOneLookUpPerLead_data()
    {
        QTest::addColumn<QJsonObject>("behaviour");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("sandbox (expand honoured)") << QJsonObject {} << 1;
        QTest::newRow("page numbers, expand ignored")
            << QJsonObject { { u"pagination"_s, u"page_number"_s }, { u"ignore_expand"_s, true } } << 1 + 156;
        QTest::newRow("cursor, expand ignored")
            << QJsonObject { { u"pagination"_s, u"cursor"_s }, { u"ignore_expand"_s, true } } << 1 + 156;
        QTest::newRow("stock server") << QJsonObject { { u"stock_server"_s, true } } << 1 + 156;
    }

    void portfolio_costsOnePageOrOnePageAndOneLookUpPerLead()
    {
        QFETCH(QJsonObject, behaviour);
        QFETCH(int, expectedRequests);
        behave({});
        PortfolioModel reference;
        PortfolioLoader referenceLoader(&m_kit.client, &reference);
        QSignalSpy referenceDone(&referenceLoader, &PortfolioLoader::finished);
        referenceLoader.start({});
        QVERIFY(referenceDone.wait(30000));

        behave(behaviour);
        PortfolioModel portfolio;
        PortfolioLoader loader(&m_kit.client, &portfolio);
        QSignalSpy finished(&loader, &PortfolioLoader::finished);
        const qint64 before = requests();
        loader.start({});
        QVERIFY(finished.wait(30000));
        QVERIFY2(!finished.first().first().value<Api::ApiError>().isError(),
            qPrintable(finished.first().first().value<Api::ApiError>().message()));
        settle();
        QCOMPARE(requests() - before, qint64(expectedRequests));
        QCOMPARE(portfolio.leadCount(), 156);
        QCOMPARE(portfolio.approved().paise(), reference.approved().paise());
        QCOMPARE(portfolio.outstanding().paise(), reference.outstanding().paise());
    }

    void leadPage_onAServerThatIgnoresTheLeadFilter_showsOnlyThisLeadsRecords()
    {
        behave({});
        const QString leadId = m_kit.sandbox.firstLeadId();
        const auto idsOf = [this, &leadId](const QString& resource) {
            QSet<QString> ids;
            for (const QJsonValue& row : m_kit.sandbox.get(u"/v1/crm/"_s + resource + u"/?lead="_s + leadId).array()) {
                ids.insert(row[u"id"_s].toString());
            }
            return ids;
        };
        const QSet<QString> banks = idsOf(u"banks"_s);
        const QSet<QString> addresses = idsOf(u"addresses"_s);
        const QSet<QString> documents = idsOf(u"documents"_s);
        QVERIFY(!banks.isEmpty() && !addresses.isEmpty());

        behave({ { u"stock_server"_s, true } });
        QVERIFY(m_kit.sandbox.get(u"/v1/crm/banks/?lead="_s + leadId).array().size() > banks.size()); // everyone's
        LeadDetailLoader loader(&m_kit.client, leadId);
        loader.reload();
        for (int part = 0; part < int(LeadDetailLoader::Part::PartCount); ++part) {
            QTRY_VERIFY_WITH_TIMEOUT(
                loader.state(LeadDetailLoader::Part(part)) != LeadDetailLoader::State::Loading, 10000);
            QVERIFY2(loader.state(LeadDetailLoader::Part(part)) == LeadDetailLoader::State::Loaded,
                qPrintable(loader.errorMessage(LeadDetailLoader::Part(part))));
        }
        const auto modelIds = [](const QAbstractItemModel* model) {
            QSet<QString> ids;
            for (int row = 0; row < model->rowCount(); ++row) {
                ids.insert(model->index(row, 0).data(IdRole).toString());
            }
            return ids;
        };
        QCOMPARE(modelIds(loader.banks()), banks);
        QCOMPARE(modelIds(loader.addresses()), addresses);
        QCOMPARE(modelIds(loader.documents()), documents);
        QCOMPARE(m_kit.client.conventions().leadFilter, Api::ServerConventions::Support::No);
        QCOMPARE(loader.lead().id, leadId);
        QVERIFY(!loader.lead().createdAt.isNull()); // read from milliseconds
    }

    void leadPage_onTheSandbox_learnsThatTheLeadFilterIsHonoured()
    {
        behave({});
        LeadDetailLoader loader(&m_kit.client, m_kit.sandbox.firstLeadId());
        loader.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            loader.state(LeadDetailLoader::Part::Documents) != LeadDetailLoader::State::Loading, 10000);
        QCOMPARE(m_kit.client.conventions().leadFilter, Api::ServerConventions::Support::Yes);
    }
};

QTEST_MAIN(StockServerTest)
#include "stockserver_test.moc"
