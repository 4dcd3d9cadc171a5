// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Crego::Api {

//! What the lead list asks the server for: page, search, filters and ordering (all server-side).
struct LeadQuery
{
    int page = 1;
    int pageSize = 50;
    QString search;
    QStringList statuses;
    QString programId;
    QString productType;
    QStringList npaCategories;
    std::optional<int> dpdMin;
    std::optional<int> dpdMax;
    QString ordering; //!< "name", "-total_outstanding", ...; empty: the server's default (newest first)
    bool expandPrograms = false;
    //! A walk over the whole list (portfolio, export): its pages are not what the user has seen, so they are
    //! not kept for offline reading. Not part of the request, nor of ==.
    bool wholeList = false;

    QUrlQuery toUrlQuery() const;
    friend bool operator==(const LeadQuery& a, const LeadQuery& b);
    friend bool operator!=(const LeadQuery& a, const LeadQuery& b) { return !(a == b); }
};

} // namespace Crego::Api
