// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Crego::Tests {

//! The crego-sandbox program in a process of its own (so a test can measure its own memory apart from the
//! server's, or kill the server mid-request): started on a fixed port with a data file that survives
//! restarts, and the token "test-token".
class SandboxProcess
{
public:
    //! \a program is crego-sandbox's path; \a arguments are added to the port, data and token options.
    SandboxProcess(const QString& program, const QString& dataFile, const QStringList& arguments = {});
    ~SandboxProcess();

    //! Starts the server (again, on the same port and data) and waits until it listens; false on failure.
    bool start();
    //! Kills the server at once, as a crash or a pulled cable would cut its connections.
    void kill();
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    //! The server's process id (to read its memory), 0 when it is not running.
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    static QString token() { return QStringLiteral("test-token"); }

private:
    QString m_program;
    QString m_dataFile;
    QStringList m_arguments;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace Crego::Tests
