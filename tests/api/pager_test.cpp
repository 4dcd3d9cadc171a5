// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiprobe.h"
#include "apitestkit.h"
#include "connectionmonitor.h"
#include "leadpager.h"

#include <QSignalSpy>
#include <QTest>

using namespace Crego;
using namespace Crego::Api;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! Reading all pages with progress and cancel, the read-only probe, and the online/offline monitor.
class PagerTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 130, 8 };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }

    void pager_readsEveryPageWithProgress()
    {
        LeadQuery query;
        query.pageSize = 40;
        query.expandPrograms = true;
        LeadPager pager(&m_kit.client, query);
        QSignalSpy progress(&pager, &LeadPager::progress);
        QSignalSpy finished(&pager, &LeadPager::finished);
        QSet<QString> ids;
        int programs = 0;
        connect(&pager, &LeadPager::pageArrived, this, [&](const QList<Lead>& leads) {
            for (const Lead& lead : leads) {
                ids.insert(lead.id);
                programs += int(lead.programs.size());
            }
        });
        pager.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(!finished.first().at(0).value<ApiError>().isError());
        QCOMPARE(ids.size(), 130);
        QVERIFY(programs >= 130);
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(130));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(130));
    }

    void pager_cancelStopsEarly()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"latency_ms"_s, 150 } }).status, 200);
        LeadQuery query;
        query.pageSize = 10;
        LeadPager pager(&m_kit.client, query);
        QSignalSpy progress(&pager, &LeadPager::progress);
        QSignalSpy finished(&pager, &LeadPager::finished);
        pager.start();
        QTRY_VERIFY(progress.count() >= 1);
        pager.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<ApiError>().band(), ApiError::Band::Cancelled);
        QTest::qWait(400);
        QVERIFY(progress.count() <= 2);
        QVERIFY(pager.loaded() < 130);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"latency_ms"_s, 0 } }).status, 200);
    }

    void probe_againstTheSandbox_decodesEverything()
    {
        ApiProbe probe(&m_kit.client);
        QSignalSpy finished(&probe, &ApiProbe::finished);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(probe.rows().size(), 11);
        for (const ApiProbe::Row& row : probe.rows()) {
            QVERIFY2(row.decoded, qPrintable(ApiProbe::format(row)));
            QCOMPARE(row.httpStatus, 200);
        }
        QVERIFY(probe.allDecoded());
        QVERIFY(ApiProbe::format(probe.rows().first()).startsWith(u"GET    /v1/crm/health/"_s));
    }

    void probe_withAWrongToken_saysWhichFailed()
    {
        const auto stranger = Tests::ApiTestKit::stranger(m_kit.sandbox.server().baseUrl(), u"wrong"_s);
        ApiProbe probe(stranger->client());
        QSignalSpy finished(&probe, &ApiProbe::finished);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(probe.rows().first().decoded); // health needs no token
        QCOMPARE(probe.rows().at(1).httpStatus, 401);
        QVERIFY(!probe.allDecoded());
    }

    void monitor_followsTheServer()
    {
        ConnectionMonitor monitor(&m_kit.client);
        QSignalSpy changed(&monitor, &ConnectionMonitor::onlineChanged);
        monitor.start();
        QTRY_VERIFY(monitor.isOnline());
        m_kit.sandbox.stop();
        monitor.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isOnline(), 10000);
        QVERIFY(changed.count() >= 2);
        QVERIFY(m_kit.start());
        monitor.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isOnline(), 10000);
    }

    void serverFailingCalls_isDegraded_untilACallWorks()
    {
        Session& session = m_kit.session;
        session.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionState(), ConnectionMonitor::State::Online, 10000);
        session.transport().setRetryDelays({});
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 1.0 } }).status, 200);
        QSignalSpy changed(&session, &Session::connectionStateChanged);
        const auto listLeads = [this] {
            bool done = false;
            m_kit.client.leads(LeadQuery {}, &m_kit.context, [&done](const auto&) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        };
        listLeads();
        QCOMPARE(session.connectionState(), ConnectionMonitor::State::Degraded);
        QVERIFY2(session.connectionReason().contains(u"503"_s), qPrintable(session.connectionReason()));
        QCOMPARE(changed.count(), 1);
        // The health check still answers "ok" (it is exempt from the faults): it does not hide the failures.
        session.checkNow();
        QTest::qWait(300);
        QCOMPARE(session.connectionState(), ConnectionMonitor::State::Degraded);
        QVERIFY(session.isOnline()); // reachable, though failing

        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 0 } }).status, 200);
        listLeads();
        QCOMPARE(session.connectionState(), ConnectionMonitor::State::Online);
        QVERIFY(session.connectionReason().isEmpty());
        session.transport().setRetryDelays({ 20, 50, 100 });
    }
};

QTEST_GUILESS_MAIN(PagerTest)
#include "pager_test.moc"
