// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    int currentPage = 1;
    int pageSize = 0;
    int totalPages = 0;
    bool hasNext = false;
    bool hasPrevious = false;
    int nextPage = 0; //!< 0 when there is none or the server gave only a URL
    QString nextUrl;
};

//! One page of records and its PageInfo.
template<typename Record> struct Page
{
    PageInfo info;
    QList<Record> items;
};

} // namespace Crego::Core
