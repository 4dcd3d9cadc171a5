// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Crego::Api {

//! Where the app talks to: the built-in sandbox, Crego preprod, or a custom URL. Carries no secret.
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Kind { Sandbox, Preprod, Custom };

    static ConnectionProfile sandbox(const QUrl& url);
    static ConnectionProfile preprod();
    static ConnectionProfile custom(const QUrl& url);

    Kind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_baseUrl; }
    //! Stable key for settings and the keychain: "sandbox", "preprod", or "custom:<host>".
    QString key() const;
    QString displayName() const;
    //! "Sandbox (http://127.0.0.1:8080)": the connection as a report's header names it.
    QString reportName() const;

    //! Empty when \a url may carry a token: https anywhere, http only to loopback. Otherwise the reason.
    static QString checkUrl(const QUrl& url);
    static bool isLoopback(const QUrl& url);

private:
    Kind m_kind = Kind::Sandbox;
    QUrl m_baseUrl;
};

} // namespace Crego::Api
