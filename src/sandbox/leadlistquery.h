// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>
#include <QVariantList>

namespace Crego::Sandbox {

//! The lead list's query string (page, page_size, search, filters, ordering) turned into SQL pieces.
//! Unknown ordering keys and non-numeric pages are refused with DRF-style field errors.
class LeadListQuery
{
    Q_DECLARE_TR_FUNCTIONS(LeadListQuery)

public:
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 200;

    //! \a fullTextSearch: the leads_search trigram index exists and can serve `search`.
    static LeadListQuery parse(const QUrlQuery& query, bool fullTextSearch);

    bool isValid() const { return m_errors.isEmpty(); }
    QJsonObject errors() const { return m_errors; }
    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    bool expandPrograms() const { return m_expandPrograms; }
    //! " WHERE ..." (or empty) with its bound values.
    QString whereClause() const { return m_where; }
    QVariantList bindings() const { return m_bindings; }
    //! " ORDER BY ..." with a unique tie-breaker so pages never overlap.
    QString orderClause() const { return m_order; }

private:
    void addCondition(const QString& sql, const QVariant& value);
    void addIntegerFilter(const QUrlQuery& query, const QString& key, const QString& sql);
    int positiveInteger(const QUrlQuery& query, const QString& key, int fallback);

    int m_page = 1;
    int m_pageSize = DefaultPageSize;
    bool m_expandPrograms = false;
    QString m_where;
    QVariantList m_bindings;
    QString m_order;
    QJsonObject m_errors;
};

} // namespace Crego::Sandbox
