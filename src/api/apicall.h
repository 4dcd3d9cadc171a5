// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Crego::Api {

//! The caller's handle on one logical call to the API, across its attempts: progress, the outcome so far,
//! and cancel(). When its context object is destroyed it is cancelled and its callback never runs. The
//! transport that runs it keeps the attempt state (reply, retry timer) and reports through the handle.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(const ApiError&)>;

    ApiCall(ApiRequest request, QObject* context, Completion completion, QObject* parent);

    const ApiRequest& request() const { return m_request; }
    //! Requests sent so far for this call.
    int attempts() const { return m_attempts; }
    //! The HTTP status of the last answer, 0 before one (or when none came).
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    bool isFinished() const { return m_finished; }
    //! Stops the call; its callback runs once with a Cancelled error (if its context still exists).
    void cancel();

    //! For the transport: one more request went out.
    void noteAttempt() { ++m_attempts; }
    //! For the transport: the status of the answer that just arrived.
    void noteHttpStatus(int status) { m_httpStatus = status; }
    //! For the transport: runs the callback (unless the context died) and emits finished(); once only.
    void complete(const ApiError& error);

Q_SIGNALS:
    //! cancel() was called; the transport that runs the call stops it.
    void cancelRequested();
    //! Bytes of the request body sent so far, and the total.
    void uploadProgress(qint64 sent, qint64 total);
    //! Bytes of the response received so far, and the total when known (else -1).
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    ApiRequest m_request;
    QPointer<QObject> m_context;
    Completion m_completion;
    QElapsedTimer m_timer;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_finished = false;
};

} // namespace Crego::Api
