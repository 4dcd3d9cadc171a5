// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitestkit.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Crego;
using namespace Crego::Api;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! The client under the sandbox's faults: retries for GETs, never for creates, 401s held for a new token,
//! timeouts, TLS refusals, the in-flight limit, and callbacks that never outlive their context.
class TransportTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 20, 33 };
    CregoClient& client() { return m_kit.client; }
    ApiTransport& transport() { return m_kit.session.transport(); }
    QObject* ctx() { return &m_kit.context; }

    void setFaults(const QJsonObject& faults)
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, faults).status, 200);
    }

    int leadCount() { return m_kit.sandbox.get(u"/v1/crm/leads/"_s).object()[u"count"_s].toInt(); }

    Lead newLead()
    {
        Lead lead;
        lead.programId
            = m_kit.sandbox.get(u"/v1/crm/leads/?page_size=1"_s).object()[u"results"_s][0][u"program_id"_s].toString();
        lead.primaryMobile = u"9000012345"_s;
        Applicant applicant;
        applicant.name = u"Drop Test Traders"_s;
        applicant.isPrimary = true;
        lead.applicants = { applicant };
        return lead;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }

    void cleanup()
    {
        setFaults({ { u"latency_ms"_s, 0 }, { u"error_rate"_s, 0 }, { u"drop_rate"_s, 0 }, { u"malformed_rate"_s, 0 },
            { u"auth_expire_after"_s, 0 } });
        transport().setTransferTimeout(30000);
    }

    void gets_surviveFaultsThroughRetries_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("503") << u"error_rate"_s;
        QTest::newRow("drops") << u"drop_rate"_s;
        QTest::newRow("malformed") << u"malformed_rate"_s;
    }

    void gets_surviveFaultsThroughRetries()
    {
        QFETCH(QString, fault);
        setFaults({ { fault, 0.4 } });
        transport().setRetryDelays({ 10, 10, 10, 10, 10, 10, 10, 10 });
        int succeeded = 0;
        int maxAttempts = 0;
        for (int i = 0; i < 12; ++i) {
            int attempts = 0;
            const auto result = m_kit.wait<Page<Lead>>([&](auto done) {
                ApiCall* call = client().leads(LeadQuery {}, ctx(), done);
                QObject::connect(call, &ApiCall::finished, ctx(), [call, &attempts] { attempts = call->attempts(); });
            });
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            QCOMPARE(result.value().info.totalCount, qint64(20));
            succeeded += 1;
            maxAttempts = std::max(maxAttempts, attempts);
        }
        QCOMPARE(succeeded, 12);
        QVERIFY2(maxAttempts > 1, "the faults should have forced at least one retry");
        transport().setRetryDelays({ 20, 50, 100 });
    }

    void gets_endInTheRightBandWhenFaultsPersist_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("band");
        QTest::newRow("503") << u"error_rate"_s << int(ApiError::Band::Server);
        QTest::newRow("drops") << u"drop_rate"_s << int(ApiError::Band::Offline);
        QTest::newRow("malformed") << u"malformed_rate"_s << int(ApiError::Band::MalformedResponse);
    }

    void gets_endInTheRightBandWhenFaultsPersist()
    {
        QFETCH(QString, fault);
        QFETCH(int, band);
        setFaults({ { fault, 1.0 } });
        int attempts = 0;
        const auto result = m_kit.wait<Page<Lead>>([&](auto done) {
            ApiCall* call = client().leads(LeadQuery {}, ctx(), done);
            QObject::connect(call, &ApiCall::finished, ctx(), [call, &attempts] { attempts = call->attempts(); });
        });
        QCOMPARE(int(result.error().band()), band);
        QCOMPARE(attempts, 4); // first try + three retries
        QVERIFY(!result.error().message().isEmpty());
    }

    void pageDecode_runsOffTheMainThread_andACancelDuringItIsFinal()
    {
        setFaults({});
        ApiRequest request;
        request.endpoint = Endpoint::LeadList;
        request.decodeOffThread = true;
        QThread* const main = QThread::currentThread();
        std::atomic<bool> decodedOnMain { true };
        request.decode = [&decodedOnMain, main](const QByteArray&, JsonError&) {
            decodedOnMain = QThread::currentThread() == main;
            return true;
        };
        bool done = false;
        transport().send(request, ctx(), [&done](const ApiError& error) { done = !error.isError(); });
        QTRY_VERIFY(done);
        QVERIFY(!decodedOnMain); // the UI thread stays free while a page is read

        // Cancelled while its answer is being decoded: it ends cancelled, once, and nothing stays active.
        std::atomic<bool> decoding { false };
        std::atomic<bool> release { false };
        request.decode = [&decoding, &release](const QByteArray&, JsonError&) {
            decoding = true;
            while (!release) {
                QThread::msleep(1);
            }
            return true;
        };
        int calls = 0;
        ApiError outcome;
        ApiCall* call = transport().send(request, ctx(), [&calls, &outcome](const ApiError& error) {
            ++calls;
            outcome = error;
        });
        QTRY_VERIFY(decoding);
        QCOMPARE(transport().activeCount(), 1);
        call->cancel();
        release = true;
        QTRY_COMPARE(transport().activeCount(), 0);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QCOMPARE(outcome.band(), ApiError::Band::Cancelled);
    }

    void retryAfter_isHonoured()
    {
        setFaults({ { u"error_rate"_s, 1.0 } });
        transport().setRetryDelays({ 10 });
        QElapsedTimer timer;
        timer.start();
        const auto result = m_kit.wait<Page<Lead>>([&](auto done) { client().leads(LeadQuery {}, ctx(), done); });
        QCOMPARE(result.error().band(), ApiError::Band::Server);
        // Retry-After: 1 second, against a 10 ms backoff; coarse timers may fire a little early.
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        transport().setRetryDelays({ 20, 50, 100 });
    }

    void creates_areNeverRetried_soNeverDuplicated()
    {
        const int before = leadCount();
        const Lead lead = newLead();
        setFaults({ { u"drop_rate"_s, 1.0 } });
        for (int i = 0; i < 3; ++i) {
            int attempts = 0;
            const auto result = m_kit.wait<Lead>([&](auto done) {
                ApiCall* call = client().createLead(lead, ctx(), done);
                QObject::connect(call, &ApiCall::finished, ctx(), [call, &attempts] { attempts = call->attempts(); });
            });
            QCOMPARE(result.error().band(), ApiError::Band::Offline);
            QCOMPARE(attempts, 1);
        }
        setFaults({ { u"drop_rate"_s, 0 } });
        // The server created each lead once before it dropped the connection; nothing was sent twice.
        QCOMPARE(leadCount(), before + 3);
        QCOMPARE(m_kit.sandbox.get(u"/v1/crm/leads/?search=drop%20test"_s).object()[u"count"_s].toInt(), 3);
    }

    void unauthorized_holdsCallsUntilANewToken()
    {
        const QString leadId = m_kit.sandbox.firstLeadId();
        setFaults({ { u"auth_expire_after"_s, 1 } });
        QSignalSpy authRequired(&transport(), &ApiTransport::authenticationRequired);
        QVERIFY(m_kit.wait<Page<Lead>>([&](auto done) { client().leads(LeadQuery {}, ctx(), done); }).ok());

        std::optional<ApiResult<Lead>> first;
        std::optional<ApiResult<QList<LeadProgram>>> second;
        client().lead(leadId, ctx(), [&first](const ApiResult<Lead>& result) { first = result; });
        QTRY_COMPARE(authRequired.count(), 1);
        client().leadPrograms(
            leadId, ctx(), [&second](const ApiResult<QList<LeadProgram>>& result) { second = result; });
        QTRY_VERIFY(transport().heldCount() >= 1);
        QTest::qWait(100);
        QVERIFY(!first.has_value());
        QCOMPARE(authRequired.count(), 1); // asked once, not once per call

        setFaults({ { u"auth_expire_after"_s, 0 } });
        transport().setToken(m_kit.sandbox.server().token());
        QTRY_VERIFY(first.has_value() && second.has_value());
        QVERIFY2(first->ok(), qPrintable(first->error().message()));
        QVERIFY(second->ok());
        QCOMPARE(first->value().id, leadId);
    }

    void unauthorized_abandoned_failsHeldCalls()
    {
        transport().setToken(u"stale"_s);
        std::optional<ApiResult<Lead>> result;
        client().lead(m_kit.sandbox.firstLeadId(), ctx(), [&result](const ApiResult<Lead>& r) { result = r; });
        QTRY_COMPARE(transport().heldCount(), 1);
        transport().abandonHeldCalls();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().band(), ApiError::Band::Unauthorized);
        transport().setToken(m_kit.sandbox.server().token());
    }

    void timeout_isItsOwnBand()
    {
        setFaults({ { u"latency_ms"_s, 1500 } });
        transport().setTransferTimeout(200);
        transport().setRetryDelays({});
        const auto result = m_kit.wait<Page<Lead>>([&](auto done) { client().leads(LeadQuery {}, ctx(), done); });
        QCOMPARE(result.error().band(), ApiError::Band::Timeout);
        transport().setRetryDelays({ 20, 50, 100 });
    }

    void inFlight_isLimitedToSix()
    {
        setFaults({ { u"latency_ms"_s, 150 } });
        int finished = 0;
        int highest = 0;
        const QMetaObject::Connection watch = QObject::connect(&transport(), &ApiTransport::activeCountChanged, ctx(),
            [this, &highest] { highest = std::max(highest, transport().inFlightCount()); });
        for (int i = 0; i < 14; ++i) {
            client().health(ctx(), [&finished](const ApiResult<HealthStatus>&) { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 14, 10000);
        QObject::disconnect(watch);
        QCOMPARE(highest, 6);
    }

    void destroyedContext_neverGetsACallback()
    {
        const QString leadId = m_kit.sandbox.firstLeadId(); // before: it runs an event loop of its own
        setFaults({ { u"latency_ms"_s, 200 } });
        bool called = false;
        bool otherCalled = false;
        {
            QObject shortLived;
            client().leads(LeadQuery {}, &shortLived, [&called](const ApiResult<Page<Lead>>&) { called = true; });
            client().lead(leadId, &shortLived, [&called](const ApiResult<Lead>&) { called = true; });
        }
        client().health(ctx(), [&otherCalled](const ApiResult<HealthStatus>&) { otherCalled = true; });
        QTRY_VERIFY(otherCalled);
        QTest::qWait(400);
        QVERIFY(!called);
        QTRY_COMPARE(transport().activeCount(), 0);
    }

    void cancel_reportsCancelled()
    {
        setFaults({ { u"latency_ms"_s, 500 } });
        std::optional<ApiResult<Page<Lead>>> result;
        ApiCall* call = client().leads(LeadQuery {}, ctx(), [&result](const ApiResult<Page<Lead>>& r) { result = r; });
        QTest::qWait(50);
        call->cancel();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().band(), ApiError::Band::Cancelled);
    }

    void insecureUrls_areRefused()
    {
        QString error;
        ApiTransport& transport = m_kit.session.transport();
        const QUrl before = transport.baseUrl();
        QVERIFY(!transport.setBaseUrl(QUrl(u"http://preprod.api.crego.io"_s), &error));
        QVERIFY(error.contains(u"https"_s));
        QCOMPARE(transport.baseUrl(), before);
        QVERIFY(transport.setBaseUrl(QUrl(u"http://localhost:8080"_s)));
        QVERIFY(transport.setBaseUrl(QUrl(u"https://preprod.api.crego.io"_s)));
        QVERIFY(transport.setBaseUrl(before));
    }

    void wellFormedAnswerOfTheWrongShape_failsAtOnceWithItsReason()
    {
        // The health answer is an object without "results": read as a list, it can never decode.
        int attempts = 0;
        const auto result = m_kit.wait<QList<Lead>>([&](auto done) {
            ApiRequest request;
            request.endpoint = Endpoint::Health;
            ApiCall* call = client().call<QList<Lead>>(std::move(request), ctx(), done);
            QObject::connect(call, &ApiCall::finished, ctx(), [call, &attempts] { attempts = call->attempts(); });
        });
        QCOMPARE(result.error().band(), ApiError::Band::MalformedResponse);
        QVERIFY2(result.error().message().contains(u"results"_s), qPrintable(result.error().message()));
        QCOMPARE(attempts, 1); // not retried: the same body would come back
    }

    void tlsFailure_isReportedNotIgnored()
    {
        QUrl url = m_kit.sandbox.server().baseUrl();
        url.setScheme(u"https"_s); // the sandbox speaks plain HTTP: the handshake must fail
        const auto secure = Tests::ApiTestKit::stranger(url, QString());
        QCOMPARE(secure->transport().baseUrl(), url);
        const auto result = m_kit.wait<HealthStatus>([&](auto done) { secure->client()->health(ctx(), done); });
        QVERIFY(result.error().band() == ApiError::Band::Tls || result.error().band() == ApiError::Band::Offline);
        QVERIFY(!result.ok());
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "transport_test.moc"
