// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class QTimer;

namespace Crego::Api {

class ApiTransport;

//! One logical call to the API, across its attempts. Cancelling it aborts the request; when its context
//! object is destroyed it is cancelled and its callback never runs.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(const ApiError&)>;

    ~ApiCall() override;

    const ApiRequest& request() const { return m_request; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    bool isFinished() const { return m_finished; }
    //! Stops the call; its callback runs once with a Cancelled error (if its context still exists).
    void cancel();

Q_SIGNALS:
    //! Bytes of the request body sent so far, and the total.
    void uploadProgress(qint64 sent, qint64 total);
    //! Bytes of the response received so far, and the total when known (else -1).
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class ApiTransport;
    ApiCall(ApiTransport* transport, ApiRequest request, QObject* context, Completion completion);
    bool isIdempotent() const;
    void complete(const ApiError& error);

    ApiTransport* m_transport;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    Completion m_completion;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QElapsedTimer m_timer;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Crego::Api
