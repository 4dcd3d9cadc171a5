// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefollower.h"

#include <QUrl>
#include <QUrlQuery>

namespace Crego::Api {

void PageFollower::reset()
{
    *this = PageFollower();
    m_more = true;
}

void PageFollower::pageArrived(const Core::PageInfo& info, qsizetype items)
{
    const int asked = m_nextPage;
    m_loaded += items;
    if (info.totalCount >= 0) {
        m_total = info.totalCount;
    }
    m_nextLink.clear();
    m_linkNamesPage = false;
    m_nextPage = asked + 1;
    if (items == 0 || (m_total >= 0 && m_loaded >= m_total)) {
        m_more = false;
    } else if (!info.nextUrl.isEmpty()) {
        m_nextLink = info.nextUrl;
        m_linkNamesPage
            = QUrlQuery(QUrl(m_nextLink)).queryItemValue(QStringLiteral("page")) == QString::number(m_nextPage);
        m_more = true;
    } else if (info.hasNext) {
        m_nextPage = info.nextPage > asked ? info.nextPage : asked + 1;
        m_more = true;
    } else {
        // Without a word on what follows, the count (when there is one) says whether more remain.
        m_more = !info.nextStated && m_total >= 0;
    }
}

QString PageFollower::linkToPage(int page) const
{
    if (!m_linkNamesPage) {
        return QString();
    }
    if (page == m_nextPage) {
        return m_nextLink;
    }
    QUrl link(m_nextLink);
    QUrlQuery query(link);
    query.removeAllQueryItems(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

bool PageFollower::isEndOfList(const ApiError& error) const
{
    return m_loaded > 0 && error.band() == ApiError::Band::NotFound;
}

} // namespace Crego::Api
