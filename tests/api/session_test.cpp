// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitestkit.h"
#include "connectiontest.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Crego;
using namespace Crego::Api;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! One session per connection: sign-in hand-off on 401, the remembered profile (never the token), the
//! token store, online state, and Test Connection's three outcomes — against the real sandbox.
class SessionTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 20, 41 };

    //! A session of the app's kind (holding calls for sign-in), on the sandbox as a custom server.
    std::unique_ptr<Session> appSession(const QString& token)
    {
        auto session = std::make_unique<Session>();
        session->setKeychainEnabled(false);
        session->transport().setRetryDelays({});
        session->open(ConnectionProfile::custom(m_kit.sandbox.server().baseUrl()), token);
        return session;
    }

    ApiResult<Page<Lead>> firstPage(Session& session)
    {
        return m_kit.wait<Page<Lead>>([&](auto done) { session.client()->leads(LeadQuery {}, &m_kit.context, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
    }

    void signIn_remembersTheProfileButNeverTheToken()
    {
        QVERIFY(!Session::rememberedKind().has_value());
        QCOMPARE(Session::rememberedProfile().kind(), ConnectionProfile::Kind::Preprod);
        auto session = appSession(QString());
        const QUrl url(u"https://lender.example.in/api"_s);
        QVERIFY(session->signIn(ConnectionProfile::custom(url), u"never-on-disk-42"_s));
        QCOMPARE(Session::rememberedKind(), ConnectionProfile::Kind::Custom);
        QCOMPARE(Session::rememberedProfile().baseUrl(), url);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("never-on-disk-42"));
        QSettings().clear();
    }

    void signIn_refusesAPlainHttpServer()
    {
        auto session = appSession(QString());
        QString error;
        QVERIFY(!session->signIn(ConnectionProfile::custom(QUrl(u"http://crm.example.com"_s)), u"t"_s, &error));
        QVERIFY(error.contains(u"https"_s));
        QVERIFY(!Session::rememberedKind().has_value());
    }

    void prefillToken_onlyForTheBuiltInSandbox()
    {
        Session session;
        session.open(ConnectionProfile::sandbox(m_kit.sandbox.server().baseUrl()), u"sandbox-token"_s);
        QCOMPARE(session.prefillToken(), u"sandbox-token"_s);
        session.open(ConnectionProfile::custom(m_kit.sandbox.server().baseUrl()), u"real-token"_s);
        QVERIFY(session.prefillToken().isEmpty());
    }

    void refusedToken_holdsCallsUntilSignIn()
    {
        auto session = appSession(u"expired"_s);
        QSignalSpy signInRequired(session.get(), &Session::signInRequired);
        std::optional<ApiResult<Page<Lead>>> result;
        session->client()->leads(LeadQuery {}, &m_kit.context, [&result](const auto& page) { result = page; });
        QTRY_COMPARE_WITH_TIMEOUT(signInRequired.count(), 1, 10000);
        QCOMPARE(session->activeCalls(), 1);
        QVERIFY(!result.has_value()); // held, not failed

        QVERIFY(session->signIn(*session->profile(), m_kit.sandbox.server().token()));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QCOMPARE(result->value().info.totalCount, qint64(20));
        QSettings().clear();
    }

    void abandonedSignIn_failsTheHeldCalls()
    {
        auto session = appSession(u"expired"_s);
        QSignalSpy signInRequired(session.get(), &Session::signInRequired);
        std::optional<ApiResult<Page<Lead>>> result;
        session->client()->leads(LeadQuery {}, &m_kit.context, [&result](const auto& page) { result = page; });
        QTRY_COMPARE_WITH_TIMEOUT(signInRequired.count(), 1, 10000);
        session->abandonSignIn();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().band(), ApiError::Band::Unauthorized);
        QCOMPARE(session->activeCalls(), 0);
    }

    void signOut_forgetsTheToken()
    {
        auto session = appSession(QString());
        QVERIFY(session->signIn(*session->profile(), m_kit.sandbox.server().token()));
        QVERIFY(firstPage(*session).ok());
        session->signOut();

        QSignalSpy restored(session.get(), &Session::tokenRestored);
        session->restoreToken();
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toBool(), false); // nothing left to restore

        QSignalSpy signInRequired(session.get(), &Session::signInRequired);
        session->client()->leads(LeadQuery {}, &m_kit.context, [](const auto&) {});
        QTRY_COMPARE_WITH_TIMEOUT(signInRequired.count(), 1, 10000);
        session->abandonSignIn();
        QSettings().clear();
    }

    void restoreToken_bringsBackTheSignedInToken()
    {
        auto session = appSession(QString());
        QVERIFY(session->signIn(*session->profile(), m_kit.sandbox.server().token()));
        session->open(*session->profile()); // as after a restart: no token in the transport
        QSignalSpy restored(session.get(), &Session::tokenRestored);
        session->restoreToken();
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toBool(), true);
        QVERIFY(firstPage(*session).ok());
        QSettings().clear();
    }

    void movingToAnotherServer_saysSo()
    {
        auto session = appSession(m_kit.sandbox.server().token());
        QSignalSpy moved(session.get(), &Session::profileChanged);
        QVERIFY(session->signIn(*session->profile(), m_kit.sandbox.server().token()));
        QCOMPARE(moved.count(), 0);
        QVERIFY(session->signIn(ConnectionProfile::preprod(), u"t"_s));
        QCOMPARE(moved.count(), 1);
        QSettings().clear();
    }

    void onlineState_followsTheServer()
    {
        auto session = appSession(m_kit.sandbox.server().token());
        QSignalSpy online(session.get(), &Session::onlineChanged);
        session->startMonitoring();
        QTRY_VERIFY_WITH_TIMEOUT(session->isOnline(), 10000);
        QCOMPARE(online.first().first().toBool(), true);
    }

    void healthBehindTheToken_isNeitherOfflineNorARefusedToken()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"health_requires_token"_s, true } }).status, 200);
        auto stranger = appSession(u"not-this-servers-token"_s);
        QSignalSpy signInRequired(stranger.get(), &Session::signInRequired);
        stranger->startMonitoring();
        QTRY_VERIFY_WITH_TIMEOUT(stranger->isOnline(), 10000); // the server answered, with a refusal
        QCOMPARE(signInRequired.count(), 0); // a health check says nothing of the token the lists use

        auto member = appSession(m_kit.sandbox.server().token());
        const auto health = m_kit.wait<HealthStatus>(
            [&](auto done) { member->client()->health(&m_kit.context, done); }); // the token goes along
        QVERIFY2(health.ok() && health.value().isHealthy(), qPrintable(health.error().message()));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"health_requires_token"_s, false } }).status, 200);
    }

    void connectionTest_saysWhichStepFailed_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<bool>("rightToken");
        QTest::addColumn<ConnectionTest::Outcome>("outcome");
        QTest::newRow("connected") << true << true << ConnectionTest::Outcome::Connected;
        QTest::newRow("wrong token") << true << false << ConnectionTest::Outcome::Refused;
        QTest::newRow("no server") << false << true << ConnectionTest::Outcome::Unreachable;
    }

    void connectionTest_saysWhichStepFailed()
    {
        QFETCH(bool, reachable);
        QFETCH(bool, rightToken);
        QFETCH(ConnectionTest::Outcome, outcome);
        QUrl url = m_kit.sandbox.server().baseUrl();
        if (!reachable) {
            url.setPort(1); // nothing listens there
        }
        ConnectionTest test(ConnectionProfile::custom(url), rightToken ? m_kit.sandbox.server().token() : u"wrong"_s);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(0).value<ConnectionTest::Outcome>(), outcome);
        const auto error = finished.first().at(1).value<ApiError>();
        QCOMPARE(error.isError(), outcome != ConnectionTest::Outcome::Connected);
        if (outcome == ConnectionTest::Outcome::Connected) {
            QCOMPARE(finished.first().at(2).toLongLong(), qint64(20));
        }
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "session_test.moc"
