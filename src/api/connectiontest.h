// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "connectionprofile.h"

#include <QObject>

namespace Crego::Api {

class Session;

//! "Test Connection": the health check, then one authorised call, on a session of its own that neither
//! holds calls for sign-in nor retries, so the answer comes at once and says which step failed.
class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Unreachable, //!< the health check failed: no server, TLS, timeout …
        Refused, //!< the server answered but the authorised call failed (a wrong token, say)
        Connected,
    };
    Q_ENUM(Outcome)

    ConnectionTest(const ConnectionProfile& profile, const QString& token, QObject* parent = nullptr);

    //! Runs the test; finished() follows once.
    void start();

Q_SIGNALS:
    //! \a error is empty when Connected; \a visibleLeads is the lead count the token sees (Connected only).
    void finished(Crego::Api::ConnectionTest::Outcome outcome, const Crego::Api::ApiError& error, qint64 visibleLeads);

private:
    Session* m_session;
    ConnectionProfile m_profile;
    QString m_token;
};

} // namespace Crego::Api
