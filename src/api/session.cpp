// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "apitransport.h"
#include "connectionmonitor.h"
#include "cregoclient.h"
#include "responsecache.h"
#include "tokenstore.h"

#include "secretbox.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace Crego::Api {

namespace {

const QString KindKey = QStringLiteral("connection/kind");
const QString UrlKey = QStringLiteral("connection/url");

} // namespace

Session::Session(QObject* parent)
    : Session(CallPolicy {}, parent)
{ }

Session::Session(const CallPolicy& policy, QObject* parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_transport(new ApiTransport(m_network.get(), this))
    , m_client(new CregoClient(m_transport, this))
    , m_tokens(new TokenStore(this))
    , m_monitor(new ConnectionMonitor(m_client, this))
    , m_cache(std::make_unique<ResponseCache>())
{
    setCallPolicy(policy);
    connect(m_transport, &ApiTransport::authenticationRequired, this, &Session::signInRequired);
    connect(m_transport, &ApiTransport::activeCountChanged, this, &Session::activeCallsChanged);
    connect(m_transport, &ApiTransport::answered, m_monitor, &ConnectionMonitor::noteAnswer);
    connect(m_monitor, &ConnectionMonitor::onlineChanged, this, &Session::onlineChanged);
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, &Session::connectionStateChanged);
    connect(m_transport, &ApiTransport::answeredFromCache, this,
        [this](Endpoint, const QDateTime& savedAt) { noteCachedAnswer(savedAt); });
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, [this](ConnectionMonitor::State state) {
        if (state != ConnectionMonitor::State::Offline && m_cachedAsOf.isValid()) {
            m_cachedAsOf = QDateTime();
            Q_EMIT cachedDataShown(m_cachedAsOf);
        }
    });
    connect(m_tokens, &TokenStore::loaded, this, [this](const QString& profileKey, const QString& token) {
        if (!m_profile || profileKey != m_profile->key()) {
            return; // another profile was chosen meanwhile
        }
        if (!token.isEmpty()) {
            m_transport->setToken(token);
        }
        Q_EMIT tokenRestored(!token.isEmpty());
    });
}

// The transport and the client are children; they go before the network manager they use.
Session::~Session()
{
    delete m_monitor;
    delete m_client;
    delete m_transport;
}

void Session::setCallPolicy(const CallPolicy& policy)
{
    m_transport->setHoldOnUnauthorized(policy.holdForSignIn);
    m_transport->setRetryDelays(policy.retryDelaysMs);
    m_transport->setTransferTimeout(policy.transferTimeoutMs);
}

bool Session::open(const ConnectionProfile& profile, const QString& token, QString* error)
{
    if (!m_transport->setBaseUrl(profile.baseUrl(), error)) {
        return false;
    }
    if (!m_profile || m_profile->baseUrl() != profile.baseUrl()) {
        m_client->conventions() = ServerConventions(); // what the old server did says nothing of the new one
    }
    const bool otherProfile = !m_profile || m_profile->key() != profile.key();
    m_profile = profile;
    m_transport->setToken(token);
    if (otherProfile) {
        openCache();
    }
    return true;
}

void Session::keepReadsIn(const QString& folder, const QByteArray& key)
{
    m_cacheFolder = folder;
    m_cacheKey = key;
    openCache();
}

QString Session::cacheFile() const
{
    return m_cache->isOpen() ? m_cache->file() : QString();
}

void Session::openCache()
{
    m_transport->setCache(nullptr);
    m_cache->close();
    if (!m_profile || m_cacheKey.isEmpty() || m_cacheFolder.isEmpty()) {
        return;
    }
    // The file's name says nothing of the server: a keyed hash of the profile.
    const QString name
        = QString::fromLatin1(Core::SecretBox::keyedHash(m_profile->key().toUtf8(), m_cacheKey).toHex().left(32));
    QString error;
    if (!m_cache->open(m_cacheFolder + u'/' + name + QStringLiteral(".cache"), m_cacheKey, &error)) {
        qCWarning(lcApi) << "the offline cache cannot be opened:" << error;
        return;
    }
    m_transport->setCache(m_cache.get());
}

void Session::noteCachedAnswer(const QDateTime& savedAt)
{
    if (!m_cachedAsOf.isValid() || savedAt < m_cachedAsOf) {
        m_cachedAsOf = savedAt;
        Q_EMIT cachedDataShown(m_cachedAsOf);
    }
}

QString Session::prefillToken() const
{
    const bool sandbox = m_profile && m_profile->kind() == ConnectionProfile::Kind::Sandbox;
    return sandbox ? m_transport->token() : QString();
}

bool Session::signIn(const ConnectionProfile& profile, const QString& token, QString* error)
{
    const bool moved = !m_profile || m_profile->baseUrl() != profile.baseUrl();
    if (!open(profile, token, error)) { // the calls held by a 401 go again with the new token
        return false;
    }
    if (profile.kind() != ConnectionProfile::Kind::Sandbox) {
        m_tokens->save(profile.key(), token);
    }
    remember(profile);
    if (moved) {
        Q_EMIT profileChanged(profile);
    }
    m_monitor->checkNow();
    return true;
}

void Session::abandonSignIn()
{
    m_transport->abandonHeldCalls();
}

void Session::signOut()
{
    if (m_profile) {
        m_tokens->remove(m_profile->key());
    }
    m_transport->setToken(QString());
    // What was kept of this profile's data goes with the token; a new cache starts empty.
    m_transport->setCache(nullptr);
    m_cache->clear();
    openCache();
}

void Session::restoreToken()
{
    if (m_profile) {
        m_tokens->load(m_profile->key());
    }
}

void Session::setKeychainEnabled(bool enabled)
{
    m_tokens->setKeychainEnabled(enabled);
}

bool Session::keychainEnabled() const
{
    return m_tokens->keychainEnabled();
}

void Session::startMonitoring()
{
    m_monitor->start();
}

void Session::checkNow()
{
    m_monitor->checkNow();
}

bool Session::isOnline() const
{
    return m_monitor->isOnline();
}

ConnectionMonitor::State Session::connectionState() const
{
    return m_monitor->state();
}

bool Session::connectionStateKnown() const
{
    return m_monitor->hasHeard();
}

QString Session::connectionReason() const
{
    return m_monitor->reason();
}

int Session::activeCalls() const
{
    return m_transport->activeCount();
}

std::optional<ConnectionProfile::Kind> Session::rememberedKind()
{
    QSettings settings;
    if (!settings.contains(KindKey)) {
        return std::nullopt;
    }
    return ConnectionProfile::Kind(settings.value(KindKey).toInt());
}

ConnectionProfile Session::rememberedProfile()
{
    QSettings settings;
    const auto kind = ConnectionProfile::Kind(settings.value(KindKey, int(ConnectionProfile::Kind::Preprod)).toInt());
    const QUrl url(settings.value(UrlKey).toString());
    if (kind == ConnectionProfile::Kind::Custom && ConnectionProfile::checkUrl(url).isEmpty()) {
        return ConnectionProfile::custom(url);
    }
    return ConnectionProfile::preprod();
}

void Session::remember(const ConnectionProfile& profile)
{
    QSettings settings;
    settings.setValue(KindKey, int(profile.kind()));
    if (profile.kind() != ConnectionProfile::Kind::Sandbox) {
        settings.setValue(UrlKey, profile.baseUrl().toString());
    }
}

} // namespace Crego::Api
