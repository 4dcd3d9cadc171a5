// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitestkit.h"
#include "tokenstore.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Crego;
using namespace Crego::Api;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

namespace {

QStringList g_messages;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

} // namespace

//! The bearer token never reaches a log line, a settings file or an error message; the token store
//! keeps it in memory when no keychain answers, and sign-out forgets it.
class SecretsTest : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* Secret = "s3cr3t-TOKEN-never-log-me";

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void token_neverAppearsInLogsOrErrors()
    {
        Tests::ApiTestKit kit(10, 2);
        QVERIFY(kit.start());
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        g_messages.clear();

        // A wrong token (401s), a good one, retries, validation errors and a 404: everything that logs.
        kit.session.transport().setToken(QString::fromLatin1(Secret));
        kit.session.transport().setHoldOnUnauthorized(false);
        const auto refused
            = kit.wait<Page<Lead>>([&](auto done) { kit.client.leads(LeadQuery {}, &kit.context, done); });
        kit.session.transport().setToken(kit.sandbox.server().token());
        const auto missing = kit.wait<Lead>([&](auto done) { kit.client.lead(u"nope"_s, &kit.context, done); });
        Lead invalid;
        invalid.programId = u"x"_s;
        invalid.primaryMobile = u"1"_s;
        const auto rejected = kit.wait<Lead>([&](auto done) { kit.client.createLead(invalid, &kit.context, done); });

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(refused.error().band(), ApiError::Band::Unauthorized);
        QCOMPARE(missing.error().band(), ApiError::Band::NotFound);
        QCOMPARE(rejected.error().band(), ApiError::Band::Validation);
        QVERIFY2(g_messages.size() >= 3, "the api layer should have logged its requests at debug level");
        for (const QString& message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(QLatin1String(Secret)), qPrintable(message));
            QVERIFY2(!message.contains(kit.sandbox.server().token()), qPrintable(message));
        }
        for (const ApiError& error : { refused.error(), missing.error(), rejected.error() }) {
            QVERIFY(!error.message().contains(QLatin1String(Secret)));
        }
    }

    void tokenStore_withoutKeychain_keepsTokenInMemoryOnly()
    {
        TokenStore store;
        store.setKeychainEnabled(false);
        QSignalSpy saved(&store, &TokenStore::saved);
        store.save(u"preprod"_s, QString::fromLatin1(Secret));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toBool(), false);
        QVERIFY(!store.isPersistent());

        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.load(u"preprod"_s);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(1).toString(), QString::fromLatin1(Secret));

        QSignalSpy removed(&store, &TokenStore::removed);
        store.remove(u"preprod"_s);
        QTRY_COMPARE(removed.count(), 1);
        store.load(u"preprod"_s);
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(loaded.last().at(1).toString().isEmpty());

        // Nothing went to the settings file.
        QSettings settings;
        for (const QString& key : settings.allKeys()) {
            QVERIFY(!settings.value(key).toString().contains(QLatin1String(Secret)));
        }
    }

    void tokenStore_keychainUnavailable_fallsBackToMemory()
    {
        // On this headless machine no secret service answers; the token must still work for the session.
        TokenStore store;
        QSignalSpy saved(&store, &TokenStore::saved);
        store.save(u"sandbox"_s, u"session-only"_s);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 30000);
        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.load(u"sandbox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 30000);
        QCOMPARE(loaded.first().at(1).toString(), u"session-only"_s);
        store.remove(u"sandbox"_s);
    }
};

QTEST_GUILESS_MAIN(SecretsTest)
#include "secrets_test.moc"
