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

    QUrlQuery toUrlQuery() const;
    friend bool operator==(const LeadQuery& a, const LeadQuery& b);
    friend bool operator!=(const LeadQuery& a, const LeadQuery& b) { return !(a == b); }
};

} // namespace Crego::Api
