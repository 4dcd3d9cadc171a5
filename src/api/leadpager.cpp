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
    m_pages.reset();
    fetchNext();
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

void LeadPager::fetchNext()
{
    m_call = m_client->nextLeads(m_query, m_pages, this, [this](const ApiResult<Core::Page<Core::Lead>>& result) {
        if (!m_running) {
            return;
        }
        if (!result.ok()) {
            m_running = false;
            Q_EMIT finished(m_pages.isEndOfList(result.error()) ? ApiError() : result.error());
            return;
        }
        const Core::Page<Core::Lead>& leads = result.value();
        m_pages.pageArrived(leads.info, leads.items.size() + leads.skipped.size());
        Q_EMIT pageArrived(leads.items);
        Q_EMIT progress(m_pages.loaded(), m_pages.total());
        if (!m_running) {
            return; // cancelled by a receiver
        }
        if (m_pages.hasMore()) {
            fetchNext();
        } else {
            m_running = false;
            Q_EMIT finished(ApiError());
        }
    });
}

} // namespace Crego::Api
