// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadpager.h"

#include "cregoclient.h"

namespace Crego::Api {

LeadPager::LeadPager(CregoClient* client, const LeadQuery& query, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{
    m_query.wholeList = true; // every page of the list, not the ones the user looked at
}

void LeadPager::start()
{
    m_running = true;
    m_pages.reset();
    m_pending.clear();
    fetchNext();
}

void LeadPager::cancel()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    for (auto& [page, pending] : m_pending) {
        if (pending.call) {
            pending.call->cancel();
        }
    }
    m_pending.clear();
    Q_EMIT finished(ApiError(ApiError::Band::Cancelled, 0, ApiError::describe(ApiError::Band::Cancelled, 0)));
}

void LeadPager::fetchNext()
{
    if (!m_pages.pagesByNumber()) {
        request(0); // a cursor is followed one page at a time
        return;
    }
    const int next = m_pages.nextPage();
    request(next);
    const qint64 pageSize = m_query.pageSize > 0 ? m_query.pageSize : 0;
    if (pageSize > 0 && m_pages.total() >= 0 && qint64(next) * pageSize < m_pages.total()) {
        request(next + 1); // within the count: the server prepares it while this side reads the next
    }
}

void LeadPager::request(int page)
{
    if (m_pending.count(page)) {
        return;
    }
    const auto answered = [this, page](const Result& result) {
        const auto pending = m_pending.find(page);
        if (!m_running || pending == m_pending.end()) {
            return;
        }
        pending->second.result = result;
        deliver();
    };
    ApiCall* call = nullptr;
    if (page == 0) {
        call = m_client->nextLeads(m_query, m_pages, this, answered);
    } else {
        LeadQuery query = m_query;
        query.page = page;
        call = m_client->leadsAt(query, m_pages.linkToPage(page), this, answered);
    }
    m_pending[page].call = call;
}

void LeadPager::deliver()
{
    while (m_running) {
        const int expected = m_pages.pagesByNumber() ? m_pages.nextPage() : 0;
        const auto pending = m_pending.find(expected);
        if (pending == m_pending.end() || !pending->second.result) {
            return;
        }
        const Result result = *pending->second.result;
        m_pending.erase(pending);
        if (!take(result)) {
            return;
        }
    }
}

bool LeadPager::take(const Result& result)
{
    if (!result.ok()) {
        m_running = false;
        m_pending.clear();
        Q_EMIT finished(m_pages.isEndOfList(result.error()) ? ApiError() : result.error());
        return false;
    }
    const Core::Page<Core::Lead>& leads = result.value();
    m_pages.pageArrived(leads.info, leads.items.size() + leads.skipped.size());
    Q_EMIT pageArrived(leads.items);
    Q_EMIT progress(m_pages.loaded(), m_pages.total());
    if (!m_running) {
        return false; // cancelled by a receiver
    }
    if (!m_pages.hasMore()) {
        m_running = false;
        for (auto& [page, pending] : m_pending) {
            if (pending.call) {
                pending.call->cancel(); // asked for ahead, past where the list turned out to end
            }
        }
        m_pending.clear();
        Q_EMIT finished(ApiError());
        return false;
    }
    fetchNext();
    return true;
}

} // namespace Crego::Api
