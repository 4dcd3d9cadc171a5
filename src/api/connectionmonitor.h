// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Crego::Api {

class CregoClient;

//! Online or offline: a periodic health check, corrected by every call that reaches (or fails to reach)
//! the server in between.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionMonitor(CregoClient* client, QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start();
    void stop() { m_timer.stop(); }
    bool isOnline() const { return m_online; }

public Q_SLOTS:
    void checkNow();
    //! A call reached the server (true) or failed to reach it (false): online state without waiting.
    void setOnline(bool online);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    CregoClient* m_client;
    QTimer m_timer;
    bool m_online = false;
    bool m_checking = false;
};

} // namespace Crego::Api
