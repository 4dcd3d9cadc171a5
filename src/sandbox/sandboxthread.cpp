// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxthread.h"

#include "sandboxserver.h"

namespace Crego::Sandbox {

SandboxThread::SandboxThread(const SandboxOptions& options, QObject* parent)
    : QThread(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("crego-sandbox"));
}

SandboxThread::~SandboxThread()
{
    quit();
    wait();
}

bool SandboxThread::startAndWait(QString* error)
{
    start();
    return waitUntilListening(error);
}

bool SandboxThread::waitUntilListening(QString* error)
{
    m_ready.acquire();
    if (!m_error.isEmpty()) {
        *error = m_error;
        wait();
        return false;
    }
    return true;
}

void SandboxThread::run()
{
    SandboxServer server(m_options);
    QString error;
    if (!server.start(&error)) {
        m_error = error;
        m_ready.release();
        return;
    }
    m_baseUrl = server.baseUrl();
    m_token = server.token();
    m_ready.release();
    exec();
}

} // namespace Crego::Sandbox
