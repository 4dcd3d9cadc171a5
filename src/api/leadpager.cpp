// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadpager.h"

#include "cregoclient.h"

namespace Crego::Api {

LeadPager::LeadPager(CregoClient* client, const LeadQuery& query, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{ }

void LeadPager::start()
{
    m_running = true;
    m_loaded = 0;
    m_total = -1;
    fetch(1);
}

void LeadPager::cancel()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    if (m_call) {
        m_call->cancel();
    }
    Q_EMIT finished(ApiError(ApiError::Band::Cancelled, 0, ApiError::describe(ApiError::Band::Cancelled, 0)));
}

void LeadPager::fetch(int page)
{
    LeadQuery query = m_query;
    query.page = page;
    m_call = m_client->leads(query, this, [this, page](const ApiResult<Core::Page<Core::Lead>>& result) {
        if (!m_running) {
            return;
        }
        if (!result.ok()) {
            m_running = false;
            Q_EMIT finished(result.error());
            return;
        }
        const Core::Page<Core::Lead>& leads = result.value();
        m_loaded += leads.items.size();
        m_total = leads.info.totalCount;
        Q_EMIT pageArrived(leads.items);
        Q_EMIT progress(m_loaded, m_total);
        if (leads.info.hasNext && !leads.items.isEmpty() && m_running) {
            fetch(leads.info.nextPage > page ? leads.info.nextPage : page + 1);
        } else if (m_running) {
            m_running = false;
            Q_EMIT finished(ApiError());
        }
    });
}

} // namespace Crego::Api
