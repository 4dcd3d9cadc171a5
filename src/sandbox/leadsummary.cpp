// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadsummary.h"

#include "money.h"

namespace Crego::Sandbox {

namespace {

qint64 paiseOf(const QJsonValue& value)
{
    return std::llround(value.toDouble() * 100.0);
}

QJsonValue rupees(qint64 paise)
{
    return Core::Money::fromPaise(paise).toJson();
}

} // namespace

int LeadSummary::severity(const QString& npaCategory)
{
    const QString code = npaCategory.toUpper();
    if (code == u"LOSS") {
        return 3;
    }
    if (code == u"DBT" || code.startsWith(u'D')) {
        return 2;
    }
    if (code == u"SUB") {
        return 1;
    }
    return 0;
}

LeadSummary LeadSummary::fromPrograms(const QJsonArray& leadPrograms)
{
    LeadSummary summary;
    QJsonObject primary;
    for (const QJsonValue& value : leadPrograms) {
        const QJsonObject entry = value.toObject();
        if (primary.isEmpty() || entry.value(QStringLiteral("is_primary")).toBool()) {
            primary = entry;
        }
        const QJsonObject line = entry.value(QStringLiteral("line_detail")).toObject();
        if (!line.isEmpty()) {
            ++summary.lineCount;
            summary.approved += paiseOf(line.value(QStringLiteral("approved_line_amount")));
            summary.operative += paiseOf(line.value(QStringLiteral("operative_line_amount")));
            summary.available += paiseOf(line.value(QStringLiteral("active_line_amount")));
            summary.totalOutstanding += paiseOf(line.value(QStringLiteral("total_outstanding")));
        }
        summary.dpd = std::max(summary.dpd, line.value(QStringLiteral("dpd")).toInt());
        const QString category = line.value(QStringLiteral("npa_category")).toString(QStringLiteral("STD"));
        if (severity(category) > severity(summary.npaCategory)) {
            summary.npaCategory = category;
        }
    }
    summary.programId = primary.value(QStringLiteral("program_id")).toString();
    summary.productType = primary.value(QStringLiteral("product_type")).toString();
    return summary;
}

QJsonObject LeadSummary::toJson(const QString& programName) const
{
    return QJsonObject {
        { QStringLiteral("program_id"), programId },
        { QStringLiteral("program_name"), programName },
        { QStringLiteral("approved_line_amount"), rupees(approved) },
        { QStringLiteral("operative_line_amount"), rupees(operative) },
        { QStringLiteral("available_line_amount"), rupees(available) },
        { QStringLiteral("total_outstanding"), rupees(totalOutstanding) },
        { QStringLiteral("dpd"), dpd },
        { QStringLiteral("line_count"), lineCount },
        { QStringLiteral("npa_category"), npaCategory },
    };
}

} // namespace Crego::Sandbox
