// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitransport.h"

#include "jsondocumentreader.h"

#include "responsecache.h"

#include "connectionprofile.h"
#include "logging.h"

#include <QDateTime>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>

namespace Crego::Api {

namespace {

constexpr int MaxRetryAfterMs = 30000;

//! Milliseconds from a Retry-After header (seconds, or an HTTP date); -1 when absent or unreadable.
int retryAfterMs(const QByteArray& header)
{
    if (header.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok) {
        return std::min(std::max(seconds, 0) * 1000, MaxRetryAfterMs);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid()) {
        return -1;
    }
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, MaxRetryAfterMs));
}

//! A body shorter than its Content-Length: the connection died mid-response, even if Qt did not say so.
bool isTruncated(QNetworkReply* reply, const QByteArray& body)
{
    if (reply->hasRawHeader("Content-Encoding")) {
        return false; // decompressed bodies differ in length from the header
    }
    bool ok = false;
    const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && body.size() < expected;
}

} // namespace

ApiTransport::ApiTransport(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_userAgent("CregoDesk/" CREGO_VERSION " (Qt " QT_VERSION_STR "; " + QSysInfo::productType().toUtf8() + ')')
{ }

// The call states (children) abort their replies silently; a decode still running finishes first, so
// what it posts back finds this object.
ApiTransport::~ApiTransport()
{
    m_decoders.waitForDone();
}

bool ApiTransport::setBaseUrl(const QUrl& url, QString* error)
{
    const QString problem = ConnectionProfile::checkUrl(url);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    // This computer's own server is never reached through a proxy: asking the system's proxy settings
    // (libproxy on Linux) would only delay the first request.
    m_network->setProxy(ConnectionProfile::isLoopback(m_baseUrl) ? QNetworkProxy(QNetworkProxy::NoProxy)
                                                                 : QNetworkProxy(QNetworkProxy::DefaultProxy));
    return true;
}

void ApiTransport::setToken(const QString& token)
{
    m_token = token;
    if (m_token.isEmpty()) {
        return;
    }
    const QList<QPointer<CallState>> held = std::exchange(m_held, {});
    for (const QPointer<CallState>& state : held) {
        if (state && !state->call->isFinished()) {
            m_queue.append(state);
        }
    }
    pump();
}

QUrl ApiTransport::urlOf(const ApiRequest& apiRequest) const
{
    if (!apiRequest.link.isEmpty()) {
        return m_baseUrl.resolved(QUrl(apiRequest.link));
    }
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + EndpointTable::path(apiRequest.endpoint, apiRequest.id), QUrl::TolerantMode);
    if (!apiRequest.query.isEmpty()) {
        url.setQuery(apiRequest.query);
    }
    return url;
}

QNetworkRequest ApiTransport::buildRequest(const ApiRequest& apiRequest) const
{
    QNetworkRequest request(urlOf(apiRequest));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_userAgent);
    if (!m_token.isEmpty()) { // the health check too: some servers keep it behind the token
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    if (!apiRequest.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, apiRequest.contentType);
    }
    request.setTransferTimeout(m_transferTimeoutMs);
    // Redirects stay on the same origin (a token never follows a redirect elsewhere) and never downgrade.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

bool ApiTransport::isIdempotent(const ApiRequest& request)
{
    return request.idempotent.value_or(EndpointTable::spec(request.endpoint).idempotent);
}

CallState* ApiTransport::track(ApiRequest request, QObject* context, ApiCall::Completion completion)
{
    auto* state = new CallState(this);
    state->call = new ApiCall(std::move(request), context, std::move(completion), state);
    connect(state->call, &ApiCall::cancelRequested, this, [this, state] { cancel(state); });
    return state;
}

ApiCall* ApiTransport::send(ApiRequest request, QObject* context, ApiCall::Completion completion)
{
    Q_ASSERT(context);
    CallState* state = track(std::move(request), context, std::move(completion));
    if (m_baseUrl.isEmpty()) {
        QTimer::singleShot(0, state,
            [this, state] { finish(state, ApiError(ApiError::Band::Refused, 0, tr("No server is configured."))); });
    } else {
        enqueue(state);
    }
    return state->call;
}

ApiCall* ApiTransport::refuse(
    ApiRequest request, QObject* context, const ApiError& error, ApiCall::Completion completion)
{
    CallState* state = track(std::move(request), context, std::move(completion));
    QTimer::singleShot(0, state, [this, state, error] { finish(state, error); });
    return state->call;
}

void ApiTransport::enqueue(CallState* state)
{
    m_queue.append(state);
    Q_EMIT activeCountChanged(activeCount());
    // Start on the next turn of the event loop so the caller can connect to the call first.
    QTimer::singleShot(0, this, &ApiTransport::pump);
}

void ApiTransport::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const QPointer<CallState> state = m_queue.takeFirst();
        if (state && !state->call->isFinished()) {
            start(state);
        }
    }
}

void ApiTransport::start(CallState* state)
{
    ApiCall* call = state->call;
    call->noteAttempt();
    ++m_inFlight;
    const ApiRequest& apiRequest = call->request();
    const QByteArray method = EndpointTable::spec(apiRequest.endpoint).method;
    const QNetworkRequest request = buildRequest(apiRequest);
    QNetworkReply* reply = nullptr;
    if (apiRequest.multipart) {
        QHttpMultiPart* multipart = apiRequest.multipart();
        reply = m_network->sendCustomRequest(request, method, multipart);
        multipart->setParent(reply);
    } else if (apiRequest.body.isEmpty() && (method == "GET" || method == "DELETE")) {
        // Without a body Qt starts the request at once; a body, even an empty one, is buffered first through
        // queued calls that wait behind what the window has queued, its painting included (4-5 ms when the
        // lead list jumps: the page's request reached the server only after the "Loading…" rows were drawn).
        reply = m_network->sendCustomRequest(request, method);
    } else {
        reply = m_network->sendCustomRequest(request, method, apiRequest.body);
    }
    reply->setParent(state);
    state->reply = reply;
    auto tlsErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, reply, [tlsErrors](const QList<QSslError>& errors) {
        // Recorded for the message; never ignored, so the handshake fails.
        for (const QSslError& error : errors) {
            tlsErrors->append(error.errorString());
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, call, &ApiCall::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::downloadProgress);
    connect(reply, &QNetworkReply::finished, this,
        [this, state, reply, tlsErrors] { onReplyFinished(state, reply, *tlsErrors); });
    qCDebug(lcApi) << method << EndpointTable::spec(apiRequest.endpoint).path << "attempt" << call->attempts();
}

ApiError ApiTransport::networkError(QNetworkReply* reply, const QStringList& tlsErrors)
{
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Band::Tls, 0,
            ApiError::describe(ApiError::Band::Tls, 0)
                + (tlsErrors.isEmpty() ? QString() : u' ' + tlsErrors.join(QStringLiteral("; "))));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Band::Timeout, 0, ApiError::describe(ApiError::Band::Timeout, 0));
    default:
        return ApiError(ApiError::Band::Offline, 0, ApiError::describe(ApiError::Band::Offline, 0));
    }
}

void ApiTransport::onReplyFinished(CallState* state, QNetworkReply* reply, const QStringList& tlsErrors)
{
    --m_inFlight;
    reply->deleteLater();
    state->reply = nullptr;
    ApiCall* call = state->call;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    call->noteHttpStatus(status);
    const QByteArray body = reply->readAll();
    qCDebug(lcApi) << EndpointTable::spec(call->request().endpoint).path << "HTTP" << status << "in"
                   << call->elapsedMs() << "ms";

    if (state->cancelled) {
        finish(state, ApiError(ApiError::Band::Cancelled, 0, ApiError::describe(ApiError::Band::Cancelled, 0)));
    } else if (status == 0
        || (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)
        || isTruncated(reply, body)) {
        // No answer, or the connection broke after the headers: a network failure, whatever the status said.
        Q_EMIT answered(call->request().endpoint, 0);
        const bool knownUnreachable = m_unreachable;
        m_unreachable = true;
        if (!knownUnreachable || !answerFromCache(state)) {
            retryLater(state, networkError(reply, tlsErrors), -1);
        }
    } else if (status >= 200 && status < 300) {
        m_unreachable = false;
        Q_EMIT answered(call->request().endpoint, status);
        decode(state, body, status);
    } else if (status == 401 && m_holdOnUnauthorized && call->request().endpoint != Endpoint::Health) {
        // (A health check behind the token says nothing about the token the other calls use.)
        Q_EMIT answered(call->request().endpoint, status);
        const bool firstHeld = m_held.isEmpty();
        m_held.append(state);
        if (firstHeld) {
            Q_EMIT authenticationRequired();
        }
    } else {
        m_unreachable = false;
        Q_EMIT answered(call->request().endpoint, status);
        retryLater(state, ApiError::fromResponse(status, body), retryAfterMs(reply->rawHeader("Retry-After")));
    }
    pump();
    Q_EMIT activeCountChanged(activeCount());
}

void ApiTransport::decode(CallState* state, const QByteArray& body, int status)
{
    const ApiRequest& request = state->call->request();
    if (!request.decode) {
        decoded(state, body, status, nullptr);
        return;
    }
    if (!request.decodeOffThread) {
        Core::JsonError error;
        decoded(state, body, status, request.decode(body, error) ? nullptr : &error);
        return;
    }
    ++m_decoding;
    m_decoders.start([this, state = QPointer<CallState>(state), decoder = request.decode, body, status] {
        auto error = std::make_shared<Core::JsonError>();
        const bool ok = decoder(body, *error);
        // The workers are idle between pages: a parser kept for the next page would hold about 14 bytes
        // per byte of the largest page on every worker for good (freed, malloc keeps the memory for the
        // next page anyway, see AllocatorTuning).
        Core::JsonDocumentReader::trimMemory();
        // Back on the transport's thread; the call may have been cancelled meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, state, body, status, ok, error] {
                --m_decoding;
                if (state && !state->call->isFinished()) {
                    decoded(state, body, status, ok ? nullptr : error.get());
                } else {
                    Q_EMIT activeCountChanged(activeCount());
                }
            },
            Qt::QueuedConnection);
    });
}

void ApiTransport::decoded(CallState* state, const QByteArray& body, int status, const Core::JsonError* error)
{
    const ApiRequest& request = state->call->request();
    if (error) {
        const ApiError malformed(ApiError::Band::MalformedResponse, status,
            ApiError::describe(ApiError::Band::MalformedResponse, status) + u' ' + error->toString());
        if (error->unreadable) {
            retryLater(state, malformed, -1); // cut short or not JSON: a proxy's hiccup, worth another try
        } else {
            finish(state, malformed); // well-formed but not what the contract says: the same next time
        }
        return;
    }
    if (m_cache && request.keepForOffline && ResponseCache::keeps(request.endpoint)) {
        m_cache->put(cacheKeyOf(request), body);
    }
    finish(state, ApiError());
}

void ApiTransport::retryLater(CallState* state, const ApiError& error, int retryAfter)
{
    const int retry = state->call->attempts() - 1;
    if (!error.isTransient() || !isIdempotent(state->call->request()) || retry >= m_retryDelaysMs.size()) {
        const bool unreachable = error.band() == ApiError::Band::Offline || error.band() == ApiError::Band::Timeout;
        if (!unreachable || !answerFromCache(state)) {
            finish(state, error);
        }
        return;
    }
    const int delay = std::max(m_retryDelaysMs[retry], retryAfter);
    qCDebug(lcApi) << "retrying" << EndpointTable::spec(state->call->request().endpoint).path << "in" << delay << "ms";
    if (!state->retryTimer) {
        state->retryTimer = new QTimer(state);
        state->retryTimer->setSingleShot(true);
        state->retryTimer->setTimerType(Qt::PreciseTimer);
        connect(state->retryTimer, &QTimer::timeout, this, [this, state] {
            m_queue.prepend(state);
            pump();
        });
    }
    state->retryTimer->start(delay);
}

QString ApiTransport::cacheKeyOf(const ApiRequest& request) const
{
    const QUrl url = urlOf(request);
    return QString::fromLatin1(EndpointTable::spec(request.endpoint).method) + u' ' + url.path(QUrl::FullyEncoded)
        + u'?' + url.query(QUrl::FullyEncoded);
}

bool ApiTransport::answerFromCache(CallState* state)
{
    const ApiRequest& request = state->call->request();
    if (!m_cache || !ResponseCache::keeps(request.endpoint)) {
        return false;
    }
    const std::optional<ResponseCache::Entry> entry = m_cache->get(cacheKeyOf(request));
    Core::JsonError error;
    if (!entry || (request.decode && !request.decode(entry->body, error))) {
        return false;
    }
    qCDebug(lcApi) << EndpointTable::spec(request.endpoint).path << "answered from the cache";
    Q_EMIT answeredFromCache(request.endpoint, entry->savedAt);
    finish(state, ApiError());
    return true;
}

void ApiTransport::finish(CallState* state, const ApiError& error)
{
    m_queue.removeAll(state);
    m_held.removeAll(state);
    state->call->complete(error);
    state->deleteLater();
    Q_EMIT activeCountChanged(activeCount());
}

void ApiTransport::cancel(CallState* state)
{
    state->cancelled = true;
    if (state->retryTimer) {
        state->retryTimer->stop();
    }
    if (state->reply) {
        state->reply->abort(); // finishes through onReplyFinished
        return;
    }
    finish(state, ApiError(ApiError::Band::Cancelled, 0, ApiError::describe(ApiError::Band::Cancelled, 0)));
}

void ApiTransport::abandonHeldCalls()
{
    const QList<QPointer<CallState>> held = std::exchange(m_held, {});
    for (const QPointer<CallState>& state : held) {
        if (state) {
            finish(state,
                ApiError(ApiError::Band::Unauthorized, 401, ApiError::describe(ApiError::Band::Unauthorized, 401)));
        }
    }
}

} // namespace Crego::Api
