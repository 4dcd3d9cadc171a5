// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <QObject>
#include <QTimer>

namespace Crego::Api {

class CregoClient;

//! Online, degraded or offline: what the last calls met — an answer, a server failing them (5xx, 429),
//! or no answer — checked by a periodic health check in between. A healthy health check brings an
//! offline connection back, but does not clear "degraded": only a call that works again does (a server
//! can answer its health check while its lead list fails).
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class State { Online, Degraded, Offline };

    explicit ConnectionMonitor(CregoClient* client, QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start();
    void stop() { m_timer.stop(); }
    State state() const { return m_state; }
    //! Why the connection is degraded or offline, in a sentence; empty when online.
    QString reason() const { return m_reason; }
    //! Reachable: online or degraded.
    bool isOnline() const { return m_state != State::Offline; }
    //! Whether a health check or a call has ended yet: until then state() is only a guess.
    bool hasHeard() const { return m_heard; }

public Q_SLOTS:
    void checkNow();
    //! A call to \a endpoint ended with \a httpStatus (0: no answer at all).
    void noteAnswer(Crego::Api::Endpoint endpoint, int httpStatus);

Q_SIGNALS:
    void onlineChanged(bool online);
    void stateChanged(Crego::Api::ConnectionMonitor::State state, const QString& reason);

private:
    void setState(State state, const QString& reason = QString());

    CregoClient* m_client;
    QTimer m_timer;
    State m_state = State::Offline;
    QString m_reason;
    bool m_checking = false;
    bool m_heard = false;
};

} // namespace Crego::Api
