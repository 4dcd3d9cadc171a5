// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

namespace Crego::Api {

ApiCall::ApiCall(ApiRequest request, QObject* context, Completion completion, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_context(context)
    , m_completion(std::move(completion))
{
    m_timer.start();
    if (context) {
        // The context's QPointer is already null when destroyed() arrives: the callback cannot run.
        connect(context, &QObject::destroyed, this, &ApiCall::cancel);
    }
}

void ApiCall::cancel()
{
    if (!m_finished) {
        Q_EMIT cancelRequested();
    }
}

void ApiCall::complete(const ApiError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    // The context may have died while the reply was in flight: then nobody is there to call back.
    if (m_context) {
        m_completion(error);
    }
    m_completion = nullptr;
    Q_EMIT finished();
}

} // namespace Crego::Api
