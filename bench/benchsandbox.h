// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cregoclient.h"
#include "sandboxthread.h"
#include "session.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdlib>
#include <functional>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Crego::Bench {

//! Runs the event loop until \a condition holds (or \a timeoutMs pass), sleeping while no event is due as
//! the application's own loop does: a loop that polls would take a core from the sandbox's thread and the
//! decoding threads, which the user's machine gives them.
inline void waitUntil(const std::function<bool()>& condition, int timeoutMs = 120000)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer wake; // checks the condition and the time-out at least this often, whatever the events
    wake.start(50);
    while (!condition() && elapsed.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

//! GETs every page of \a leads leads, 200 a page with \a extraQuery, two at a time as the app's pagers ask
//! (the next page is asked for while one is read), keeping nothing but the byte count; \a pages says how
//! many.
inline qint64 downloadPages(QNetworkAccessManager& network, const QUrl& base, const QString& token, int leads,
    const QString& extraQuery, int& pages)
{
    constexpr int PageSize = 200;
    const int count = (leads + PageSize - 1) / PageSize;
    qint64 bytes = 0;
    int next = 1;
    pages = 0;
    QEventLoop loop;
    std::function<void()> ask = [&] {
        QUrl url = base.resolved(QUrl(QStringLiteral("/v1/crm/leads/")));
        url.setQuery(QStringLiteral("page=%1&page_size=%2%3").arg(next++).arg(PageSize).arg(extraQuery));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply* reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            bytes += reply->readAll().size();
            reply->deleteLater();
            if (++pages == count) {
                loop.quit();
            } else if (next <= count) {
                ask();
            }
        });
    };
    for (int inFlight = 0; inFlight < 2 && next <= count; ++inFlight) {
        ask();
    }
    if (count > 0) {
        loop.exec();
    }
    return bytes;
}

//! Bytes the C library's allocator has handed out and not had back (glibc; 0 elsewhere): what the program
//! keeps, whatever freed memory the allocator holds on to for reuse.
inline qint64 heapInUseBytes()
{
#if defined(__GLIBC__)
    return qint64(mallinfo2().uordblks);
#else
    return 0;
#endif
}

//! Resident memory of this process, from /proc (0 where there is none).
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return 0;
}

//! A sandbox of argv[1] leads (100000 by default) with token "bench", in the database file argv[2] (kept for
//! the next run, seeded only the first time) or one in \a folder.
inline Sandbox::SandboxOptions sandboxOptions(int argc, char* argv[], const QTemporaryDir& folder)
{
    Sandbox::SandboxOptions options;
    options.leads = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    options.dataFile = argc > 2 ? QString::fromLocal8Bit(argv[2]) : folder.filePath(QStringLiteral("bench.sqlite"));
    options.token = QStringLiteral("bench");
    return options;
}

//! A sandbox serving from a thread of its own, as `crego-desk --sandbox` and `export --sandbox` run it (what
//! the client does while a page is on its way overlaps the server's work, as with a server elsewhere), and
//! a session signed in to it; argv as for sandboxOptions().
class BenchSandbox
{
public:
    BenchSandbox(int argc, char* argv[], QTextStream& out)
        : m_options(sandboxOptions(argc, argv, m_directory))
        , m_server(m_options)
    {
        QString error;
        if (!m_server.startAndWait(&error)) {
            out << error << Qt::endl;
            return;
        }
        m_running = true;
        m_session.setKeychainEnabled(false);
        m_session.open(Api::ConnectionProfile::sandbox(m_server.baseUrl()), m_server.token());
    }

    bool isRunning() const { return m_running; }
    int leads() const { return m_options.leads; }
    const QTemporaryDir& folder() const { return m_directory; }
    Sandbox::SandboxThread& server() { return m_server; }
    Api::Session& session() { return m_session; }

private:
    QTemporaryDir m_directory;
    Sandbox::SandboxOptions m_options;
    Sandbox::SandboxThread m_server;
    Api::Session m_session;
    bool m_running = false;
};

} // namespace Crego::Bench
