// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionmonitor.h"
#include "connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Crego::Api {

class ApiTransport;
class CregoClient;
class ResponseCache;
class TokenStore;

//! Everything that belongs to one connection: the profile and the settings that remember it, the token
//! store, the transport (set up here and nowhere else), the client on it, the 401 hand-off to sign-in and
//! the online state. The app, the probe and Test Connection each get their client from a session; widgets
//! talk to the session and to models, never to the transport.
class Session final : public QObject
{
    Q_OBJECT

public:
    //! How calls behave on this connection.
    struct CallPolicy
    {
        //! A 401 holds calls until signIn() (the app) instead of failing them at once (probe, tests).
        bool holdForSignIn = true;
        //! Delays before retry 1, 2, 3 … of an idempotent call; empty: never retry.
        QList<int> retryDelaysMs { 250, 1000, 3000 };
        int transferTimeoutMs = 30000;
    };

    explicit Session(QObject* parent = nullptr);
    explicit Session(const CallPolicy& policy, QObject* parent = nullptr);
    ~Session() override;

    CregoClient* client() const { return m_client; }
    //! The transport under client(), for the api layer and its tests. Widgets, models and the app use the
    //! session's own functions (a CI check keeps it so).
    ApiTransport& transport() const { return *m_transport; }
    void setCallPolicy(const CallPolicy& policy);

    //! Points the session at \a profile with \a token (memory only; may be empty until sign-in). False,
    //! with the reason in \a error, when the address may not carry a token (see ConnectionProfile::checkUrl).
    bool open(const ConnectionProfile& profile, const QString& token = QString(), QString* error = nullptr);
    //! The profile in use; nullopt before open().
    const std::optional<ConnectionProfile>& profile() const { return m_profile; }
    //! The connection as a report's header names it, or empty before one is open.
    QString reportName() const { return m_profile ? m_profile->reportName() : QString(); }
    //! The built-in sandbox's profile when one runs in this process (offered by the connection dialog).
    void setSandboxProfile(const ConnectionProfile& profile) { m_sandboxProfile = profile; }
    const std::optional<ConnectionProfile>& sandboxProfile() const { return m_sandboxProfile; }
    //! What sign-in is prefilled with: the built-in sandbox's token (no secret from its own user), else empty.
    QString prefillToken() const;

    //! Sign-in: points at \a profile with \a token, keeps the token in the keychain (never for the sandbox,
    //! whose token changes each start), remembers the profile for the next start, and sends the calls held
    //! by a 401 again. Emits profileChanged() when the server changed.
    bool signIn(const ConnectionProfile& profile, const QString& token, QString* error = nullptr);
    //! The user gave up signing in: the calls held by a 401 fail as unauthorized.
    void abandonSignIn();
    //! Forgets the token, in memory and in the keychain.
    void signOut();
    //! Reads the profile's token from the keychain; emits tokenRestored().
    void restoreToken();
    //! Tests and locked-down machines: tokens stay in memory, the keychain is never asked.
    void setKeychainEnabled(bool enabled);
    bool keychainEnabled() const;

    //! Starts the periodic health check (online state); every call corrects it in between.
    void startMonitoring();
    //! A health check now (after sign-in, say).
    void checkNow();
    bool isOnline() const;
    //! Online, degraded or offline, as the last calls found the server.
    ConnectionMonitor::State connectionState() const;
    //! Whether connectionState() comes from a health check or call yet, or is still the starting guess.
    bool connectionStateKnown() const;
    //! Why the connection is degraded or offline; empty when online.
    QString connectionReason() const;
    //! Calls in flight, queued, or held for sign-in.
    int activeCalls() const;

    //! Keeps what the server answers to reads (lead pages, leads, their records and lines) in a cache per
    //! connection profile under \a folder, sealed with \a key (the drafts' key), and answers from it while
    //! the server cannot be reached. Sign Out deletes the profile's cache.
    void keepReadsIn(const QString& folder, const QByteArray& key);
    //! The cache file of the profile in use, or empty when reads are not kept.
    QString cacheFile() const;
    //! While offline: when the oldest data shown from the cache was saved; invalid when all is live.
    QDateTime cachedDataAsOf() const { return m_cachedAsOf; }

    //! The kind of profile the user last connected to, or nullopt on a machine where none was ever chosen
    //! (then the app starts on the built-in sandbox).
    static std::optional<ConnectionProfile::Kind> rememberedKind();
    //! The last non-sandbox profile the user connected to (never the token); Crego preprod by default.
    static ConnectionProfile rememberedProfile();

Q_SIGNALS:
    //! The server refused the token (401); calls are held until signIn() or abandonSignIn().
    void signInRequired();
    void activeCallsChanged(int count);
    void onlineChanged(bool online);
    void connectionStateChanged(Crego::Api::ConnectionMonitor::State state, const QString& reason);
    //! signIn() moved the session to another server: what was loaded from the old one is stale.
    void profileChanged(const Crego::Api::ConnectionProfile& profile);
    //! restoreToken() finished: \a found is false when there was no token to restore.
    void tokenRestored(bool found);
    //! Data from the cache is shown as of \a asOf (see cachedDataAsOf()); invalid: all is live again.
    void cachedDataShown(const QDateTime& asOf);

private:
    static void remember(const ConnectionProfile& profile);
    void openCache();
    void noteCachedAnswer(const QDateTime& savedAt);

    std::unique_ptr<QNetworkAccessManager> m_network;
    ApiTransport* m_transport;
    CregoClient* m_client;
    TokenStore* m_tokens;
    ConnectionMonitor* m_monitor;
    std::optional<ConnectionProfile> m_profile;
    std::optional<ConnectionProfile> m_sandboxProfile;
    std::unique_ptr<ResponseCache> m_cache;
    QString m_cacheFolder;
    QByteArray m_cacheKey;
    QDateTime m_cachedAsOf;
};

} // namespace Crego::Api
