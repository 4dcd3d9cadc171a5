// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsecache.h"

#include "secretbox.h"

#include "apitestkit.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The offline read cache against a real sandbox: what was read is kept sealed and owner-only, shown when
//! the server cannot be reached (saying as of when), live again once it answers, gone at Sign Out.
class OfflineCacheTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 40, 5 };
    QTemporaryDir m_folder;
    QByteArray m_key = Core::SecretBox::newKey();

    void drop(double rate)
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, rate } }).status, 200);
    }

    Api::ApiResult<Core::Lead> readLead(const QString& id)
    {
        return m_kit.wait<Core::Lead>([this, id](auto done) { m_kit.client.lead(id, &m_kit.session, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.start());
        m_kit.session.keepReadsIn(m_folder.path(), m_key);
        QVERIFY(!m_kit.session.cacheFile().isEmpty());
    }

    void readsAreKeptSealedAndOwnerOnly()
    {
        const QString id = m_kit.sandbox.firstLeadId();
        const Api::ApiResult<Core::Lead> live = readLead(id);
        QVERIFY(live.ok());
        const QString file = m_kit.session.cacheFile();
        QVERIFY(QFile::exists(file));
        QCOMPARE(
            QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(live.value().displayName().toUtf8())); // no borrower's name in clear ...
        QVERIFY(!bytes.contains(id.toUtf8())); // ... nor the lead's id, nor its file name the server
        QVERIFY(!file.contains(u"127.0.0.1"_s));
    }

    void offline_showsTheKeptAnswer_thenLiveAgain()
    {
        const QString id = m_kit.sandbox.firstLeadId();
        const Api::ApiResult<Core::Lead> live = readLead(id);
        QVERIFY(live.ok());
        const QDateTime readAt = QDateTime::currentDateTime();
        QSignalSpy shown(&m_kit.session, &Api::Session::cachedDataShown);

        drop(1.0); // the server no longer answers at all
        const Api::ApiResult<Core::Lead> cached = readLead(id);
        QVERIFY2(cached.ok(), qPrintable(cached.error().message()));
        QCOMPARE(cached.value().displayName(), live.value().displayName());
        QCOMPARE(m_kit.session.connectionState(), Api::ConnectionMonitor::State::Offline);
        QVERIFY(m_kit.session.cachedDataAsOf().isValid());
        QVERIFY(qAbs(m_kit.session.cachedDataAsOf().secsTo(readAt)) < 5);
        QCOMPARE(shown.size(), 1);

        // A read never made has nothing to show: it fails as offline.
        const auto never = m_kit.wait<Core::Lead>(
            [this](auto done) { m_kit.client.lead(u"00000000-0000-0000-0000-000000000000"_s, &m_kit.session, done); });
        QCOMPARE(never.error().band(), Api::ApiError::Band::Offline);

        drop(0);
        QVERIFY(readLead(id).ok());
        QTRY_COMPARE(m_kit.session.connectionState(), Api::ConnectionMonitor::State::Online);
        QVERIFY(!m_kit.session.cachedDataAsOf().isValid());
        QVERIFY(!shown.last().first().toDateTime().isValid()); // "all live again"
    }

    void anotherKey_readsNothing()
    {
        const QString id = m_kit.sandbox.firstLeadId();
        QVERIFY(readLead(id).ok());
        Api::ResponseCache other;
        QVERIFY(other.open(m_kit.session.cacheFile(), Core::SecretBox::newKey()));
        QVERIFY(other.size() > 0);
        QVERIFY(!other.get(u"GET /v1/crm/leads/"_s + id + u"/?"_s));
    }

    void oldestAnswersGo_whenTheCacheIsFull()
    {
        QTemporaryDir folder;
        Api::ResponseCache cache;
        QVERIFY(cache.open(folder.filePath(u"full.cache"_s), m_key));
        cache.setMaxBytes(20 * 1024);
        const QByteArray body(1000, 'x');
        for (int i = 0; i < 60; ++i) {
            cache.put(u"GET /v1/crm/leads/?page=%1"_s.arg(i), body);
            QTest::qWait(2); // each a moment newer than the one before
            QVERIFY(cache.bytes() <= cache.maxBytes());
        }
        QVERIFY(cache.get(u"GET /v1/crm/leads/?page=59"_s)); // the newest stay ...
        QVERIFY(cache.get(u"GET /v1/crm/leads/?page=50"_s));
        QVERIFY(!cache.get(u"GET /v1/crm/leads/?page=0"_s)); // ... the oldest went
        QVERIFY(cache.size() < 20);
    }

    void signOut_deletesTheProfilesCache()
    {
        QVERIFY(readLead(m_kit.sandbox.firstLeadId()).ok());
        const QString file = m_kit.session.cacheFile();
        QVERIFY(QFile::exists(file));
        m_kit.session.signOut();
        QVERIFY(!QFile::exists(file) || m_kit.session.cacheFile() == file);
        Api::ResponseCache reopened;
        QVERIFY(reopened.open(file, m_key));
        QCOMPARE(reopened.size(), 0);
    }
};

QTEST_GUILESS_MAIN(OfflineCacheTest)
#include "offlinecache_test.moc"
