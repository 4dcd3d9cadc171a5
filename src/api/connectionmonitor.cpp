// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmonitor.h"

#include "cregoclient.h"

namespace Crego::Api {

ConnectionMonitor::ConnectionMonitor(CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
}

void ConnectionMonitor::start()
{
    m_timer.start();
    checkNow();
}

void ConnectionMonitor::checkNow()
{
    if (m_checking) {
        return;
    }
    m_checking = true;
    m_client->health(this, [this](const ApiResult<Core::HealthStatus>& result) {
        m_checking = false;
        // A server that answers at all with a refusal (a health check behind another login, say) is there.
        const int status = result.error().httpStatus();
        setOnline(result.ok() ? result.value().isHealthy() : status >= 400 && status < 500);
    });
}

void ConnectionMonitor::setOnline(bool online)
{
    if (m_online == online) {
        return;
    }
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace Crego::Api
