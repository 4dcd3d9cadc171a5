// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "page.h"

#include <QString>

namespace Crego::Api {

//! Where a paged list goes on, by the server's word: its `next` link (page or cursor) when it gives one,
//! else the next page number when it says there is one, else the count. It ends at `next: null`, at the
//! count, at an empty page, and at a 404 past the first page ("Invalid page."). A link that only names the
//! next page's number (`page=` one past the page read) still pages by number: the links to the pages after
//! it are that link with another number. One follower per walk.
class PageFollower
{
public:
    //! Before the first page: page 1 comes next.
    void reset();
    //! Takes in the page that just arrived (with \a items results); afterwards hasMore() says whether to
    //! ask for nextPage() / nextLink().
    void pageArrived(const Core::PageInfo& info, qsizetype items);
    //! Whether \a error on the page just asked for means "no such page": the list ended there.
    bool isEndOfList(const ApiError& error) const;
    //! The walk stops (an error, or the end); hasMore() is false until reset().
    void stop() { m_more = false; }

    bool hasMore() const { return m_more; }
    //! The page number to ask for next (when nextLink() is empty).
    int nextPage() const { return m_nextPage; }
    //! The server's link to the next page, or empty.
    const QString& nextLink() const { return m_nextLink; }
    //! Whether the pages after the next can be named now: the server pages by number (its link, if any,
    //! names the next page's number), not by a cursor only its next link carries.
    bool pagesByNumber() const { return m_nextLink.isEmpty() || m_linkNamesPage; }
    //! The server's link to \a page (nextPage() or after) when its links name page numbers, else empty (ask
    //! by number).
    QString linkToPage(int page) const;
    //! Results read so far.
    qint64 loaded() const { return m_loaded; }
    //! The server's count, or -1 when it gives none (a cursor list).
    qint64 total() const { return m_total; }

private:
    bool m_more = false; //!< nothing to follow before reset()
    int m_nextPage = 1;
    QString m_nextLink;
    bool m_linkNamesPage = false; //!< m_nextLink is the list's URL with page=m_nextPage
    qint64 m_loaded = 0;
    qint64 m_total = -1;
};

} // namespace Crego::Api
