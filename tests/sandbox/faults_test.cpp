// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxharness.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Fault injection as a client sees it: latency, 503 with Retry-After, dropped connections, malformed
//! bodies and expiring auth — deterministic, and switchable through the admin route.
class FaultsTest : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxHarness m_sandbox { 10, 9 };

    void setFaults(const QJsonObject& faults)
    {
        const Tests::HttpResult result = m_sandbox.put(u"/sandbox/faults/"_s, faults);
        QCOMPARE(result.status, 200);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void cleanup()
    {
        setFaults({ { u"latency_ms"_s, 0 }, { u"error_rate"_s, 0 }, { u"drop_rate"_s, 0 }, { u"malformed_rate"_s, 0 },
            { u"auth_expire_after"_s, 0 } });
    }

    void latency_delaysEveryResponse()
    {
        setFaults({ { u"latency_ms"_s, u"150-200"_s } });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/?page_size=1"_s).status, 200);
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_sandbox.get(u"/sandbox/faults/"_s).object()[u"latency_ms"_s].toString(), u"150-200"_s);
    }

    void errorRate_answers503WithRetryAfter()
    {
        setFaults({ { u"error_rate"_s, 1.0 } });
        const Tests::HttpResult result = m_sandbox.get(u"/v1/crm/leads/"_s);
        QCOMPARE(result.status, 503);
        QCOMPARE(result.header("Retry-After"), QByteArray("1"));
        QVERIFY(result.object().contains(u"detail"_s));
        // Health and the admin route are never faulted.
        QCOMPARE(m_sandbox.get(u"/v1/crm/health/"_s).status, 200);
    }

    void dropRate_closesTheConnectionMidResponse()
    {
        setFaults({ { u"drop_rate"_s, 1.0 } });
        const Tests::HttpResult result = m_sandbox.get(u"/v1/crm/leads/?page_size=20"_s);
        QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(QString::number(result.error)));
    }

    void malformedRate_breaksTheBody()
    {
        setFaults({ { u"malformed_rate"_s, 1.0 } });
        for (int i = 0; i < 2; ++i) {
            const Tests::HttpResult result = m_sandbox.get(u"/v1/crm/leads/?page_size=5"_s);
            QCOMPARE(result.status, 200);
            QJsonParseError error;
            QJsonDocument::fromJson(result.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
        }
    }

    void authExpiry_rotatesTheToken()
    {
        setFaults({ { u"auth_expire_after"_s, 2 } });
        const QString before = m_sandbox.server().token();
        QCOMPARE(m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, before).status, 200);
        QCOMPARE(m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, before).status, 200);
        const Tests::HttpResult expired = m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, before);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.object()[u"detail"_s].toString().contains(u"expired"_s));
        const QString after = m_sandbox.server().token();
        QVERIFY(after != before);
        QCOMPARE(m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, before).status, 401);
        QCOMPARE(m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, after).status, 200);
        // The admin route still answers to the token the sandbox started with, and tells the new one.
        QCOMPARE(m_sandbox.send("GET", u"/sandbox/token/"_s, {}, {}, u"test-token"_s).object()[u"token"_s].toString(),
            after);
    }

    void faults_areDeterministicForASeed()
    {
        const auto sequence = [](quint32 seed) {
            Sandbox::FaultInjector injector(seed);
            Sandbox::FaultInjector::Settings settings;
            settings.errorRate = 0.3;
            settings.dropRate = 0.2;
            settings.malformedRate = 0.2;
            settings.latencyMinMs = 10;
            settings.latencyMaxMs = 90;
            injector.setSettings(settings);
            QString trace;
            for (int i = 0; i < 40; ++i) {
                const Sandbox::FaultInjector::Decision decision = injector.decide();
                trace += QStringLiteral("%1%2%3%4,")
                             .arg(decision.latencyMs)
                             .arg(decision.serviceUnavailable)
                             .arg(decision.drop)
                             .arg(decision.malformed);
            }
            return trace;
        };
        QCOMPARE(sequence(5), sequence(5));
        QVERIFY(sequence(5) != sequence(6));
        QVERIFY(sequence(5).contains(u"100,"_s) || sequence(5).contains(u"010,"_s)); // some faults do fire
    }

    void adminRoute_refusesBadValuesAndStrangers()
    {
        QCOMPARE(m_sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 2 } }).status, 400);
        QCOMPARE(m_sandbox.put(u"/sandbox/faults/"_s, { { u"latency_ms"_s, u"fast"_s } }).status, 400);
        QCOMPARE(m_sandbox.send("GET", u"/sandbox/faults/"_s, {}, {}, u"-"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "faults_test.moc"
