// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistquery.h"

#include <QJsonArray>

namespace Crego::Sandbox {

namespace {

// ordering key → column; the API names follow the record fields.
const QHash<QString, QString>& orderColumns()
{
    static const QHash<QString, QString> columns {
        { QStringLiteral("created_at"), QStringLiteral("created_at") },
        { QStringLiteral("name"), QStringLiteral("name") },
        { QStringLiteral("ref_id"), QStringLiteral("ref_id") },
        { QStringLiteral("status"), QStringLiteral("status") },
        { QStringLiteral("total_outstanding"), QStringLiteral("total_outstanding") },
        { QStringLiteral("approved_line_amount"), QStringLiteral("approved") },
        { QStringLiteral("available_line_amount"), QStringLiteral("available") },
        { QStringLiteral("dpd"), QStringLiteral("dpd") },
        { QStringLiteral("npa_category"), QStringLiteral("npa_category") },
    };
    return columns;
}

} // namespace

LeadListQuery LeadListQuery::parse(const QUrlQuery& query, bool fullTextSearch)
{
    LeadListQuery result;
    result.m_page = result.positiveInteger(query, QStringLiteral("page"), 1);
    result.m_pageSize
        = std::min(result.positiveInteger(query, QStringLiteral("page_size"), DefaultPageSize), int(MaxPageSize));

    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed().toLower();
    const bool plainTerm = !search.contains(u'%') && !search.contains(u'_') && !search.contains(u'\\');
    if (fullTextSearch && search.size() >= 3 && plainTerm) {
        // The trigram index answers LIKE '%term%' for terms of three characters or more.
        result.addCondition(QStringLiteral("rowid IN (SELECT rowid FROM leads_search WHERE search LIKE ?)"),
            QString(u'%' + search + u'%'));
    } else if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        result.addCondition(QStringLiteral("search LIKE ? ESCAPE '\\'"), QString(u'%' + pattern + u'%'));
    }
    const QList<QPair<QString, QString>> exactFilters {
        { QStringLiteral("status"), QStringLiteral("status") },
        { QStringLiteral("program_id"), QStringLiteral("program_id") },
        { QStringLiteral("product_type"), QStringLiteral("product_type") },
        { QStringLiteral("npa_category"), QStringLiteral("npa_category") },
    };
    for (const auto& [key, column] : exactFilters) {
        const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
        if (value.isEmpty()) {
            continue;
        }
        // Comma-separated values select any of them: status=active,disbursed.
        const QStringList values = value.split(u',', Qt::SkipEmptyParts);
        if (values.size() == 1) {
            result.addCondition(column + QStringLiteral(" = ?"), values.first());
            continue;
        }
        result.m_where += (result.m_where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + column
            + QStringLiteral(" IN (") + QStringList(values.size(), QStringLiteral("?")).join(u',') + u')';
        for (const QString& item : values) {
            result.m_bindings.append(item);
        }
    }
    result.addIntegerFilter(query, QStringLiteral("dpd_min"), QStringLiteral("dpd >= ?"));
    result.addIntegerFilter(query, QStringLiteral("dpd_max"), QStringLiteral("dpd <= ?"));

    const QString expand = query.queryItemValue(QStringLiteral("expand"));
    result.m_expandPrograms = expand.split(u',').contains(QStringLiteral("programs"));

    QString ordering = query.queryItemValue(QStringLiteral("ordering"));
    if (ordering.isEmpty()) {
        ordering = QStringLiteral("-created_at");
    }
    const bool descending = ordering.startsWith(u'-');
    const QString key = descending ? ordering.mid(1) : ordering;
    const QString column = orderColumns().value(key);
    if (column.isEmpty()) {
        result.m_errors.insert(QStringLiteral("ordering"),
            QJsonArray { tr("Cannot order by \"%1\"; use one of: %2")
                             .arg(key, QStringList(orderColumns().keys()).join(QStringLiteral(", "))) });
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    result.m_order = QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction;
    return result;
}

void LeadListQuery::addCondition(const QString& sql, const QVariant& value)
{
    m_where += (m_where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + sql;
    m_bindings.append(value);
}

void LeadListQuery::addIntegerFilter(const QUrlQuery& query, const QString& key, const QString& sql)
{
    const QString text = query.queryItemValue(key);
    if (text.isEmpty()) {
        return;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        m_errors.insert(key, QJsonArray { tr("Enter a whole number of days, 0 or more.") });
        return;
    }
    addCondition(sql, value);
}

int LeadListQuery::positiveInteger(const QUrlQuery& query, const QString& key, int fallback)
{
    const QString text = query.queryItemValue(key);
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1) {
        m_errors.insert(key, QJsonArray { tr("A valid integer of 1 or more is required.") });
        return fallback;
    }
    return value;
}

} // namespace Crego::Sandbox
