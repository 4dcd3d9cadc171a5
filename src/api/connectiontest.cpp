// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontest.h"

#include "cregoclient.h"
#include "session.h"

namespace Crego::Api {

namespace {

Session::CallPolicy oneAttempt()
{
    Session::CallPolicy policy;
    policy.holdForSignIn = false;
    policy.retryDelaysMs.clear();
    return policy;
}

} // namespace

ConnectionTest::ConnectionTest(const ConnectionProfile& profile, const QString& token, QObject* parent)
    : QObject(parent)
    , m_session(new Session(oneAttempt(), this))
    , m_profile(profile)
    , m_token(token)
{ }

void ConnectionTest::start()
{
    QString problem;
    if (!m_session->open(m_profile, m_token, &problem)) {
        Q_EMIT finished(Outcome::Unreachable, ApiError(ApiError::Band::Refused, 0, problem), 0);
        return;
    }
    m_session->client()->health(this, [this](const ApiResult<Core::HealthStatus>& health) {
        const int status = health.error().httpStatus();
        if (!health.ok() && (status < 400 || status >= 500)) {
            Q_EMIT finished(Outcome::Unreachable, health.error(), 0); // a 4xx is an answer: the lead list decides
            return;
        }
        LeadQuery query;
        query.pageSize = 1;
        m_session->client()->leads(query, this, [this](const ApiResult<Core::Page<Core::Lead>>& leads) {
            if (leads.ok()) {
                Q_EMIT finished(Outcome::Connected, ApiError(), leads.value().info.totalCount);
            } else {
                Q_EMIT finished(Outcome::Refused, leads.error(), 0);
            }
        });
    });
}

} // namespace Crego::Api
