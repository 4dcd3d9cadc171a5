// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadquery.h"

namespace Crego::Api {

QUrlQuery LeadQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value, ",")));
        }
    };
    add(QStringLiteral("page"), QString::number(page));
    add(QStringLiteral("page_size"), QString::number(pageSize));
    add(QStringLiteral("search"), search.trimmed());
    add(QStringLiteral("status"), statuses.join(u','));
    add(QStringLiteral("program_id"), programId);
    add(QStringLiteral("product_type"), productType);
    add(QStringLiteral("npa_category"), npaCategories.join(u','));
    if (dpdMin) {
        add(QStringLiteral("dpd_min"), QString::number(*dpdMin));
    }
    if (dpdMax) {
        add(QStringLiteral("dpd_max"), QString::number(*dpdMax));
    }
    add(QStringLiteral("ordering"), ordering);
    if (expandPrograms) {
        add(QStringLiteral("expand"), QStringLiteral("programs"));
    }
    return query;
}

bool operator==(const LeadQuery& a, const LeadQuery& b)
{
    return a.page == b.page && a.pageSize == b.pageSize && a.search == b.search && a.statuses == b.statuses
        && a.programId == b.programId && a.productType == b.productType && a.npaCategories == b.npaCategories
        && a.dpdMin == b.dpdMin && a.dpdMax == b.dpdMax && a.ordering == b.ordering
        && a.expandPrograms == b.expandPrograms;
}

} // namespace Crego::Api
