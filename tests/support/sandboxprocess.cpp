// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QTcpServer>

namespace Crego::Tests {

SandboxProcess::SandboxProcess(const QString& program, const QString& dataFile, const QStringList& arguments)
    : m_program(program)
    , m_dataFile(dataFile)
    , m_arguments(arguments)
{
    QTcpServer probe; // a port free now, kept across restarts
    if (probe.listen(QHostAddress::LocalHost, 0)) {
        m_port = probe.serverPort();
    }
}

SandboxProcess::~SandboxProcess()
{
    kill();
}

bool SandboxProcess::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(m_program,
        QStringList { QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--data"), m_dataFile,
            QStringLiteral("--token"), token() }
            + m_arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("crego-sandbox did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!output.contains("listening on") && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            break;
        }
        output += m_process.readAllStandardOutput();
    }
    if (!output.contains("listening on")) {
        qWarning("crego-sandbox did not listen: %s", output.constData());
        return false;
    }
    return true;
}

void SandboxProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

} // namespace Crego::Tests
