// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include "apitransport.h"

#include <QNetworkReply>

namespace Crego::Api {

ApiCall::ApiCall(ApiTransport* transport, ApiRequest request, QObject* context, Completion completion)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_context(context)
    , m_completion(std::move(completion))
{
    m_timer.start();
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->abort();
    }
}

bool ApiCall::isIdempotent() const
{
    return m_request.idempotent.value_or(EndpointTable::spec(m_request.endpoint).idempotent);
}

void ApiCall::cancel()
{
    if (!m_finished) {
        m_transport->cancel(this);
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
