// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"
#include "cregoclient.h"
#include "documentuploadqueue.h"
#include "leadquery.h"
#include "sandboxprocess.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Crego;
using namespace Qt::StringLiterals;
using State = Models::DocumentUploadQueue::State;

namespace {

//! This process's resident memory in bytes (Linux: /proc/self/statm).
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

} // namespace

//! Uploads against crego-sandbox in its own process: a 200 MB file streams from disk with this process's
//! memory growing by under 20 MB; an upload cut by the server dying leaves no document, and Retry, once the
//! server is back, uploads it once.
class UploadStreamTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Tests::SandboxProcess> m_sandbox;
    std::unique_ptr<Api::Session> m_session;
    QObject m_context;
    QString m_leadId;

    template<typename T, typename Issue> Api::ApiResult<T> wait(Issue&& issue)
    {
        std::optional<Api::ApiResult<T>> result;
        issue([&result](const Api::ApiResult<T>& value) { result = value; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000); // a timeout is the result below
        return result ? *result : Api::ApiResult<T>(Api::ApiError(Api::ApiError::Band::Timeout, 0, u"timed out"_s));
    }
    int documentCount()
    {
        const auto documents = wait<QList<Core::Document>>(
            [&](auto done) { m_session->client()->documentsOfRelated(m_leadId, &m_context, done); });
        return documents.ok() ? int(documents.value().size()) : -1;
    }
    QString generatedFile(const QString& name, qint64 size)
    {
        QFile file(m_directory.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write("%PDF-1.4\n% generated for an upload test\n");
        file.resize(size);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_sandbox = std::make_unique<Tests::SandboxProcess>(QStringLiteral(CREGO_SANDBOX_PROGRAM),
            m_directory.filePath(u"sandbox.sqlite"_s),
            QStringList { u"--leads"_s, u"4"_s, u"--max-upload-mb"_s, u"256"_s });
        QVERIFY(m_sandbox->start());
        Api::Session::CallPolicy policy;
        policy.holdForSignIn = false;
        policy.retryDelaysMs.clear();
        policy.transferTimeoutMs = 120000;
        m_session = std::make_unique<Api::Session>(policy);
        m_session->setKeychainEnabled(false);
        QVERIFY(m_session->open(Api::ConnectionProfile::custom(m_sandbox->baseUrl()), Tests::SandboxProcess::token()));
        const auto health = wait<Core::HealthStatus>([&](auto done) { m_session->client()->health(&m_context, done); });
        QVERIFY(health.ok());
        QCOMPARE(m_session->client()->maxUploadBytes(), qint64(256) * 1024 * 1024);
        const auto leads = wait<Core::Page<Core::Lead>>(
            [&](auto done) { m_session->client()->leads(Api::LeadQuery {}, &m_context, done); });
        QVERIFY(leads.ok() && !leads.value().items.isEmpty());
        m_leadId = leads.value().items.first().id;
    }

    void upload200MB_streamsFromDisk()
    {
        const QString path = generatedFile(u"statements-2024.pdf"_s, qint64(200) * 1024 * 1024);
        const int before = documentCount();
        Models::DocumentUploadQueue queue(m_session->client(), {});
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queue.add({ path, u"bank_statement"_s, u"lead"_s, m_leadId, {}, {} });
        QCOMPARE(queue.state(0), State::Waiting);

        const qint64 baseline = residentBytes();
        qint64 peak = baseline;
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [&peak] { peak = qMax(peak, residentBytes()); });
        sampler.start(5);
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(queue.state(0) != State::Uploading, 240000);
        sampler.stop();
        peak = qMax(peak, residentBytes());
        QCOMPARE(queue.state(0), State::Uploaded);
        QCOMPARE(documentCount(), before + 1);
        const qint64 growth = peak - baseline;
        qInfo("resident memory grew by %.1f MB while uploading 200 MB", double(growth) / (1024 * 1024));
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer keeps freed buffers in quarantine: the growth measures it, not the upload");
#else
        QVERIFY2(growth < qint64(20) * 1024 * 1024, qPrintable(QString::number(growth)));
#endif
    }

    void serverDiesMidUpload_leavesNothing_andRetryUploadsOnce()
    {
        const QString path = generatedFile(u"itr-ay2024.pdf"_s, qint64(64) * 1024 * 1024);
        const int before = documentCount();
        Models::DocumentUploadQueue queue(m_session->client(), {});
        queue.add({ path, u"itr"_s, u"lead"_s, m_leadId, {}, {} });
        bool killed = false;
        QObject::connect(&queue, &QAbstractItemModel::dataChanged, [&] {
            const int percent = queue.index(0, Models::DocumentUploadQueue::StatusColumn)
                                    .data(Models::DocumentUploadQueue::ProgressRole)
                                    .toInt();
            if (!killed && percent >= 30 && percent < 90) {
                killed = true;
                m_sandbox->kill();
            }
        });
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(queue.state(0) != State::Uploading, 60000);
        QVERIFY(killed);
        QCOMPARE(queue.state(0), State::Failed);
        QVERIFY2(queue.message(0).startsWith(u"Not uploaded:"_s), qPrintable(queue.message(0)));

        QVERIFY(m_sandbox->start()); // the same data, after the crash
        QCOMPARE(documentCount(), before); // no half document
        queue.retry();
        QTRY_VERIFY_WITH_TIMEOUT(queue.state(0) != State::Uploading && queue.state(0) != State::Waiting, 60000);
        QCOMPARE(queue.state(0), State::Uploaded);
        QCOMPARE(documentCount(), before + 1); // exactly once
    }
};

QTEST_GUILESS_MAIN(UploadStreamTest)
#include "uploadstream_test.moc"
