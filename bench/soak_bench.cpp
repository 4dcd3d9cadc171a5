// SPDX-License-Identifier: GPL-3.0-or-later
// Soak: concurrent clients (8 by default) against crego-sandbox in a process of its own, for 60 s by
// default, with latency, 10 % 503s, 5 % dropped connections and 5 % malformed bodies, mixing list reads,
// lead reads, creates, applicant edits and deletes through the app's own client. Then, against the same
// data without faults: every create the client saw succeed is on the server exactly once (and none twice,
// whatever the client saw), and the server's resident memory after the run is within 10 % of what it was
// 10 s in. Prints each figure beside its limit; exits 1 when one is over.
//   soak_bench [seconds] [clients]
#include "apitransport.h"
#include "cregoclient.h"
#include "sandboxprocess.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Crego;

namespace {

//! Resident memory of process \a pid, from /proc (0 where there is none).
qint64 residentBytes(qint64 pid)
{
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

//! What one create attempt came to, as the client saw it.
enum class CreateSeen {
    Created,
    Failed, //!< no answer the client could read: the lead may or may not be there
    Deleting, //!< created, then a delete whose answer was lost
    Deleted
};

//! One client: a session of its own issuing one call after another until told to stop.
class SoakClient final : public QObject
{
public:
    SoakClient(int number, const QUrl& url, const QString& token, QHash<QString, CreateSeen>& creates,
        QList<int>& serverErrors)
        : m_number(number)
        , m_random(quint32(1000 + number))
        , m_creates(creates)
        , m_serverErrors(serverErrors)
    {
        Api::Session::CallPolicy policy;
        policy.holdForSignIn = false;
        policy.retryDelaysMs = { 50, 200, 500 };
        policy.transferTimeoutMs = 10000;
        m_session = std::make_unique<Api::Session>(policy);
        m_session->setKeychainEnabled(false);
        m_session->open(Api::ConnectionProfile::custom(url), token);
        // Every answer, retries included: a 5xx that the sandbox was not told to inject is a failure.
        connect(&m_session->transport(), &Api::ApiTransport::answered, this, [this](Api::Endpoint, int status) {
            ++m_answers;
            if (status >= 500 && status != 503) {
                m_serverErrors.append(status);
            }
        });
    }

    void start() { next(); }
    void stop() { m_stopping = true; }
    bool isIdle() const { return m_idle; }
    int calls() const { return m_calls; }
    //! Why creates failed, as the client saw it, and how often.
    const QHash<QString, int>& createErrors() const { return m_createErrors; }
    int answers() const { return m_answers; }

private:
    Api::CregoClient* client() const { return m_session->client(); }

    void next()
    {
        if (m_stopping) {
            m_idle = true;
            return;
        }
        ++m_calls;
        const int roll = int(m_random.bounded(100));
        if (roll < 45 || m_programId.isEmpty()) {
            listPage();
        } else if (roll < 60) {
            readLead();
        } else if (roll < 80) {
            createLead();
        } else if (roll < 90) {
            editApplicant();
        } else {
            deleteLead();
        }
    }

    void done()
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

    void listPage()
    {
        Api::LeadQuery query;
        query.page = 1 + int(m_random.bounded(10));
        query.pageSize = 50;
        client()->leads(query, this, [this](const Api::ApiResult<Core::Page<Core::Lead>>& result) {
            if (result.ok()) {
                for (const Core::Lead& lead : result.value().items) {
                    m_seen.append(lead.id);
                    if (m_programId.isEmpty()) {
                        m_programId = lead.programId;
                    }
                }
                while (m_seen.size() > 200) {
                    m_seen.removeFirst();
                }
            }
            done();
        });
    }

    void readLead()
    {
        const QString id = m_seen.isEmpty() ? QString() : m_seen.at(int(m_random.bounded(int(m_seen.size()))));
        client()->lead(id, this, [this](const Api::ApiResult<Core::Lead>&) { done(); });
    }

    void createLead()
    {
        const QString name = QStringLiteral("Soak Traders C%1 N%2").arg(m_number).arg(++m_created);
        Core::Lead lead;
        lead.programId = m_programId;
        lead.primaryMobile = QStringLiteral("98%1").arg(10000000 + m_created * 10 + m_number);
        Core::Applicant applicant;
        applicant.name = name;
        applicant.isPrimary = true;
        applicant.applicantType = QStringLiteral("applicant");
        applicant.entityType = QStringLiteral("proprietorship");
        lead.applicants = { applicant };
        m_creates.insert(name, CreateSeen::Failed);
        client()->createLead(lead, this, [this, name](const Api::ApiResult<Core::Lead>& result) {
            if (result.ok()) {
                m_creates[name] = CreateSeen::Created;
                m_mine.append({ result.value().id, name });
            } else {
                ++m_createErrors[QStringLiteral("HTTP %1: %2")
                                     .arg(result.error().httpStatus())
                                     .arg(result.error().message().left(80))];
            }
            done();
        });
    }

    void editApplicant()
    {
        if (m_mine.isEmpty()) {
            listPage();
            return;
        }
        const QString leadId = m_mine.at(int(m_random.bounded(int(m_mine.size())))).first;
        client()->applicantsOfLead(leadId, this, [this](const Api::ApiResult<QList<Core::Applicant>>& result) {
            if (!result.ok() || result.value().isEmpty()) {
                done();
                return;
            }
            const QJsonObject changes { { QStringLiteral("email"),
                QStringLiteral("soak%1@example.in").arg(m_random.bounded(100000)) } };
            client()->updateApplicant(
                result.value().first().id, changes, this, [this](const Api::ApiResult<Core::Applicant>&) { done(); });
        });
    }

    void deleteLead()
    {
        if (m_mine.isEmpty()) {
            listPage();
            return;
        }
        const auto [id, name] = m_mine.takeAt(int(m_random.bounded(int(m_mine.size()))));
        m_creates[name] = CreateSeen::Deleting;
        client()->deleteLead(id, this, [this, name = name](const Api::ApiResult<Api::Done>& result) {
            if (result.ok()) {
                m_creates[name] = CreateSeen::Deleted;
            }
            done();
        });
    }

    int m_number;
    QRandomGenerator m_random;
    QHash<QString, CreateSeen>& m_creates;
    QList<int>& m_serverErrors;
    std::unique_ptr<Api::Session> m_session;
    QString m_programId;
    QStringList m_seen;
    QList<QPair<QString, QString>> m_mine; //!< (id, name) of the leads this client created and kept
    QHash<QString, int> m_createErrors;
    int m_created = 0;
    int m_calls = 0;
    int m_answers = 0;
    bool m_stopping = false;
    bool m_idle = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 60;
    const int clientCount = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 8;
    QTextStream out(stdout);
    QTemporaryDir directory;
    const QString data = directory.filePath(QStringLiteral("soak.sqlite"));

    Tests::SandboxProcess faulty(QStringLiteral(CREGO_SANDBOX_PROGRAM), data,
        { QStringLiteral("--leads"), QStringLiteral("2000"), QStringLiteral("--latency-ms"), QStringLiteral("2-30"),
            QStringLiteral("--error-rate"), QStringLiteral("0.10"), QStringLiteral("--drop-rate"),
            QStringLiteral("0.05"), QStringLiteral("--malformed-rate"), QStringLiteral("0.05") });
    if (!faulty.start()) {
        return 2;
    }
    QHash<QString, CreateSeen> creates;
    QList<int> serverErrors;
    std::vector<std::unique_ptr<SoakClient>> clients;
    for (int number = 0; number < clientCount; ++number) {
        clients.push_back(std::make_unique<SoakClient>(
            number, faulty.baseUrl(), Tests::SandboxProcess::token(), creates, serverErrors));
        clients.back()->start();
    }

    QElapsedTimer clock;
    clock.start();
    qint64 rssAt10s = 0;
    qint64 rssPeak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 rss = residentBytes(faulty.processId());
        rssPeak = std::max(rssPeak, rss);
        if (rssAt10s == 0 && clock.elapsed() >= 10000) {
            rssAt10s = rss;
        }
        if (clock.elapsed() >= qint64(seconds) * 1000) {
            for (auto& client : clients) {
                client->stop();
            }
        }
        if (std::all_of(clients.begin(), clients.end(), [](const auto& client) { return client->isIdle(); })) {
            app.quit();
        }
    });
    sampler.start(250);
    app.exec();
    const bool serverAlive = faulty.isRunning();
    const qint64 rssAfter = residentBytes(faulty.processId());
    int calls = 0;
    int answers = 0;
    QHash<QString, int> createErrors;
    for (const auto& client : clients) {
        calls += client->calls();
        answers += client->answers();
        for (auto it = client->createErrors().constBegin(); it != client->createErrors().constEnd(); ++it) {
            createErrors[it.key()] += it.value();
        }
    }
    clients.clear();
    faulty.kill();

    // The same data, no faults: what landed.
    Tests::SandboxProcess calm(QStringLiteral(CREGO_SANDBOX_PROGRAM), data);
    if (!calm.start()) {
        return 2;
    }
    Api::Session::CallPolicy policy;
    policy.holdForSignIn = false;
    Api::Session checker(policy);
    checker.setKeychainEnabled(false);
    checker.open(Api::ConnectionProfile::custom(calm.baseUrl()), Tests::SandboxProcess::token());
    int confirmed = 0;
    int unknownLanded = 0;
    int duplicated = 0;
    int missing = 0;
    for (auto it = creates.constBegin(); it != creates.constEnd(); ++it) {
        Api::LeadQuery query;
        query.search = it.key();
        query.pageSize = 10;
        int found = -1;
        QEventLoop loop;
        checker.client()->leads(query, &loop, [&](const Api::ApiResult<Core::Page<Core::Lead>>& result) {
            if (result.ok()) {
                found = int(std::count_if(result.value().items.cbegin(), result.value().items.cend(),
                    [&](const Core::Lead& lead) { return lead.displayName() == it.key(); }));
            }
            loop.quit();
        });
        loop.exec();
        duplicated += found > 1;
        confirmed += it.value() != CreateSeen::Failed; // deleting or deleted: created first
        if (it.value() == CreateSeen::Created) {
            missing += found != 1;
        } else if (it.value() == CreateSeen::Failed) {
            unknownLanded += found == 1; // the answer was lost, the lead is there: once
        } else if (it.value() == CreateSeen::Deleting) {
            missing += found > 1;
        } else {
            missing += found != 0; // deleted, and the delete was confirmed
        }
    }

    const double growth = rssAt10s > 0 ? double(rssAfter) / double(rssAt10s) : 0;
    out << "soak: " << clientCount << " clients for " << seconds << " s against crego-sandbox (2-30 ms latency, "
        << "10 % 503, 5 % drops, 5 % malformed): " << calls << " operations, " << answers << " answers\n";
    out << "  server alive at the end: " << (serverAlive ? "yes" : "NO") << " (limit: yes)\n";
    out << "  creates: " << creates.size() << " sent, " << confirmed << " confirmed; " << missing
        << " confirmed but not on the server exactly as left (limit 0); " << duplicated
        << " on the server twice (limit 0); " << unknownLanded
        << " whose answer was lost landed once (never sent again)\n";
    for (auto it = createErrors.constBegin(); it != createErrors.constEnd(); ++it) {
        out << "    create failed " << it.value() << "×: " << it.key() << "\n";
    }
    QStringList statuses;
    for (int status : std::as_const(serverErrors)) {
        statuses.append(QString::number(status));
    }
    out << "  5xx other than the injected 503: " << serverErrors.size() << " (limit 0)"
        << (statuses.isEmpty() ? QString() : QStringLiteral(": HTTP ") + statuses.join(QStringLiteral(", "))) << "\n";
    out << "  server resident memory: " << rssAt10s / 1024 / 1024 << " MB at 10 s, " << rssAfter / 1024 / 1024
        << " MB at the end (" << QString::number(growth, 'f', 3) << "×, limit 1.10×), peak " << rssPeak / 1024 / 1024
        << " MB\n";
    out.flush();
    const bool ok
        = serverAlive && missing == 0 && duplicated == 0 && serverErrors.isEmpty() && growth > 0 && growth <= 1.10;
    return ok ? 0 : 1;
}
