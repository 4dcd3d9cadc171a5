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
        setOnline(result.ok() && result.value().isHealthy());
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
