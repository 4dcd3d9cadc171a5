// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmonitor.h"

#include "cregoclient.h"

namespace Crego::Api {

namespace {

bool isServerFailure(int httpStatus)
{
    return httpStatus >= 500 || httpStatus == 429;
}

} // namespace

ConnectionMonitor::ConnectionMonitor(CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_reason(tr("Not connected yet."))
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
        const int status = result.ok() ? 200 : result.error().httpStatus();
        if (status == 0) {
            setState(State::Offline, tr("The server cannot be reached."));
        } else if (isServerFailure(status) || (result.ok() && !result.value().isHealthy())) {
            setState(State::Degraded,
                result.ok() ? tr("The server reports it is not healthy (\"%1\").").arg(result.value().status)
                            : tr("The server's health check failed (HTTP %1).").arg(status));
        } else if (m_state == State::Offline) {
            // A server that answers at all, even with a refusal (a health check behind another login), is
            // there; whether its calls work again, the next call says.
            setState(State::Online);
        }
    });
}

void ConnectionMonitor::noteAnswer(Endpoint endpoint, int httpStatus)
{
    if (endpoint == Endpoint::Health) {
        return; // checkNow() reads its own answer
    }
    if (httpStatus == 0) {
        setState(State::Offline, tr("The server cannot be reached."));
    } else if (isServerFailure(httpStatus)) {
        setState(State::Degraded,
            httpStatus == 429 ? tr("The server is turning requests away: too many at once (HTTP 429).")
                              : tr("The server is failing requests (HTTP %1).").arg(httpStatus));
    } else {
        setState(State::Online);
    }
}

void ConnectionMonitor::setState(State state, const QString& reason)
{
    m_heard = true;
    if (m_state == state && m_reason == reason) {
        return;
    }
    const bool wasOnline = isOnline();
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
    if (wasOnline != isOnline()) {
        Q_EMIT onlineChanged(isOnline());
    }
}

} // namespace Crego::Api
