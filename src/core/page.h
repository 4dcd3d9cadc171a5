// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonerror.h"

#include <QList>
#include <QString>

namespace Crego::Core {

//! Where one page of a list sits in the whole list, whichever of the three envelopes the server used.
struct PageInfo
{
    enum class Shape {
        BareArray, //!< `[...]`: the whole list at once
        CountResults, //!< `{count, current_page, page_size, next, previous, results}`
        Omni, //!< `{count, total_pages, current_page, has_next, next_page, ..., results}`
    };

    Shape shape = Shape::BareArray;
    qint64 totalCount = -1; //!< -1 when the server did not say
    int currentPage = 0; //!< 0 when the server did not say
    int pageSize = 0; //!< as the server said, else the number of results on this page
    int totalPages = 0; //!< 0 when unknown
    //! The server said whether another page follows (a `next` link, even null, `has_next` or `next_page`);
    //! when it did, hasNext is its word, else a guess from the page numbers.
    bool nextStated = false;
    bool hasNext = false;
    bool hasPrevious = false;
    int nextPage = 0; //!< 0 when there is none or it is not known (a cursor link, say)
    QString nextUrl; //!< the server's link to the next page (absolute or relative), or empty
};

//! One page of records and its PageInfo.
template<typename Record> struct Page
{
    PageInfo info;
    QList<Record> items;
    //! Elements that could not be read and were left out of items, each with its reason.
    QList<JsonError> skipped;
};

} // namespace Crego::Core
