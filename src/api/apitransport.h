// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "callstate.h"

#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Crego::Api {

class ResponseCache;

//! The HTTP engine under CregoClient: builds every request in one place (base URL, bearer token, user
//! agent, TLS and redirect policy, timeout), keeps at most six in flight, retries idempotent calls after
//! transient failures with backoff and Retry-After, and holds calls that met a 401 until a new token comes.
//! With a ResponseCache, the reads it keeps are saved as they arrive and answered from it when the server
//! cannot be reached (at once once it is known to be unreachable, else after the last retry).
class ApiTransport final : public QObject
{
    Q_OBJECT

public:
    explicit ApiTransport(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ApiTransport() override;

    //! False (and nothing changes) when \a url may not carry a token; see ConnectionProfile::checkUrl.
    bool setBaseUrl(const QUrl& url, QString* error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    //! The bearer token; calls held after a 401 are sent again with it.
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }
    //! The token in use (memory only; for prefilling the sign-in form). Never log it.
    QString token() const { return m_token; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    void setMaxInFlight(int count) { m_maxInFlight = count; }
    //! Delays before retry 1, 2, 3 ... in milliseconds (Retry-After wins when larger).
    void setRetryDelays(const QList<int>& milliseconds) { m_retryDelaysMs = milliseconds; }
    //! Whether a 401 holds calls for a new token (the app) or fails them at once (the probe).
    void setHoldOnUnauthorized(bool hold) { m_holdOnUnauthorized = hold; }
    //! Where reads are kept for offline use; null: nowhere.
    void setCache(ResponseCache* cache) { m_cache = cache; }

    //! Sends \a request; \a completion runs once, unless \a context is destroyed first.
    ApiCall* send(ApiRequest request, QObject* context, ApiCall::Completion completion);
    //! A call that is refused before anything is sent; \a completion runs on the next event-loop turn.
    ApiCall* refuse(ApiRequest request, QObject* context, const ApiError& error, ApiCall::Completion completion);
    //! Fails the calls held for a new token with an Unauthorized error (the user gave up signing in).
    void abandonHeldCalls();

    int activeCount() const { return m_inFlight + m_decoding + int(m_queue.size()) + int(m_held.size()); }
    int heldCount() const { return int(m_held.size()); }
    int inFlightCount() const { return m_inFlight; }
    QNetworkRequest buildRequest(const ApiRequest& request) const;
    //! Where \a request goes: the endpoint's path and query under the base URL, or the server's link.
    QUrl urlOf(const ApiRequest& request) const;

Q_SIGNALS:
    //! The server said 401; calls are held until setToken() or abandonHeldCalls().
    void authenticationRequired();
    void activeCountChanged(int count);
    //! A call to \a endpoint was answered with \a httpStatus, or not at all (0).
    void answered(Crego::Api::Endpoint endpoint, int httpStatus);
    //! The server could not be reached and a call to \a endpoint was answered from the cache, with what
    //! the server said at \a savedAt.
    void answeredFromCache(Crego::Api::Endpoint endpoint, const QDateTime& savedAt);

private:
    //! A new call's state and handle; nothing is sent yet.
    CallState* track(ApiRequest request, QObject* context, ApiCall::Completion completion);
    void enqueue(CallState* state);
    void start(CallState* state);
    //! \a tlsErrors: what the handshake of this attempt complained of (never ignored).
    void onReplyFinished(CallState* state, QNetworkReply* reply, const QStringList& tlsErrors);
    void retryLater(CallState* state, const ApiError& error, int retryAfterMs);
    //! Decodes a 2xx \a body (here or on a worker thread, as the request asks), then finishes the call.
    void decode(CallState* state, const QByteArray& body, int status);
    void decoded(CallState* state, const QByteArray& body, int status, const Core::JsonError* error);
    void finish(CallState* state, const ApiError& error);
    void cancel(CallState* state);
    //! Finishes \a state with the cache's answer; false when the cache has none (or it cannot be read).
    bool answerFromCache(CallState* state);
    QString cacheKeyOf(const ApiRequest& request) const;
    void pump();
    static bool isIdempotent(const ApiRequest& request);
    static ApiError networkError(QNetworkReply* reply, const QStringList& tlsErrors);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    QByteArray m_userAgent;
    int m_transferTimeoutMs = 30000;
    int m_maxInFlight = 6;
    QList<int> m_retryDelaysMs { 250, 1000, 3000 };
    bool m_holdOnUnauthorized = true;
    ResponseCache* m_cache = nullptr;
    //! The last attempt got no answer at all: the next read the cache can answer is not retried first.
    bool m_unreachable = false;
    int m_inFlight = 0;
    int m_decoding = 0; //!< answers being decoded on a worker thread
    QThreadPool m_decoders;
    QList<QPointer<CallState>> m_queue;
    QList<QPointer<CallState>> m_held;
};

} // namespace Crego::Api
