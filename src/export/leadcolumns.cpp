// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadcolumns.h"

#include "codetext.h"
#include "dpdbucket.h"
#include "sheet.h"
#include "validators.h"

namespace Crego::Export {

namespace {

//! The figures of \a lead's line: the server's summary, else those derived from its programs.
std::optional<Core::LineSummary> figuresOf(const Core::Lead& lead)
{
    std::optional<Core::LineSummary> line = lead.lineSummary;
    if (!line && !lead.programs.isEmpty()) {
        line = Core::LineSummary::fromPrograms(lead.programs);
    }
    return line && line->hasLine ? line : std::nullopt;
}

} // namespace

QStringList LeadColumns::keys()
{
    return { QStringLiteral("name"), QStringLiteral("ref_id"), QStringLiteral("mobile"), QStringLiteral("program"),
        QStringLiteral("status"), QStringLiteral("approved_line"), QStringLiteral("operative_line"),
        QStringLiteral("available_line"), QStringLiteral("outstanding"), QStringLiteral("dpd"),
        QStringLiteral("dpd_bucket"), QStringLiteral("npa_class"), QStringLiteral("created"), QStringLiteral("lines") };
}

QStringList LeadColumns::defaults()
{
    return { QStringLiteral("name"), QStringLiteral("ref_id"), QStringLiteral("mobile"), QStringLiteral("program"),
        QStringLiteral("status"), QStringLiteral("approved_line"), QStringLiteral("outstanding"), QStringLiteral("dpd"),
        QStringLiteral("npa_class"), QStringLiteral("created") };
}

QString LeadColumns::title(const QString& key)
{
    static const QHash<QString, const char*> titles {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("ref_id"), QT_TR_NOOP("Ref ID") },
        { QStringLiteral("mobile"), QT_TR_NOOP("Primary mobile") },
        { QStringLiteral("program"), QT_TR_NOOP("Program") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("approved_line"), QT_TR_NOOP("Approved line (₹)") },
        { QStringLiteral("operative_line"), QT_TR_NOOP("Operative line (₹)") },
        { QStringLiteral("available_line"), QT_TR_NOOP("Available line (₹)") },
        { QStringLiteral("outstanding"), QT_TR_NOOP("Outstanding (₹)") },
        { QStringLiteral("dpd"), QT_TR_NOOP("DPD (days)") },
        { QStringLiteral("dpd_bucket"), QT_TR_NOOP("DPD bucket") },
        { QStringLiteral("npa_class"), QT_TR_NOOP("NPA class") },
        { QStringLiteral("created"), QT_TR_NOOP("Created") },
        { QStringLiteral("lines"), QT_TR_NOOP("Lines") },
    };
    const auto title = titles.constFind(key);
    return title == titles.constEnd() ? key : tr(*title);
}

QStringList LeadColumns::unknown(const QStringList& columns)
{
    QStringList unknown;
    for (const QString& column : columns) {
        if (!keys().contains(column)) {
            unknown.append(column);
        }
    }
    return unknown;
}

LeadColumns::LeadColumns(const QStringList& columns, bool fullMobiles)
    : m_keys(columns)
    , m_fullMobiles(fullMobiles)
{
    for (const QString& key : columns) {
        m_columns.append(int(keys().indexOf(key)));
    }
}

QStringList LeadColumns::titles() const
{
    QStringList titles;
    for (const QString& key : m_keys) {
        titles.append(title(key));
    }
    return titles;
}

void LeadColumns::writeRow(Sheet& sheet, const Core::Lead& lead) const
{
    sheet.nextRow();
    const std::optional<Core::LineSummary> line = figuresOf(lead);
    for (int column = 0; column < m_columns.size(); ++column) {
        write(sheet, column, m_columns.at(column), lead, line);
    }
}

void LeadColumns::write(
    Sheet& sheet, int column, int key, const Core::Lead& lead, const std::optional<Core::LineSummary>& line) const
{
    // In the order of columnKeys().
    enum Key {
        Name,
        RefId,
        Mobile,
        Program,
        Status,
        Approved,
        Operative,
        Available,
        Outstanding,
        Dpd,
        Bucket,
        Npa,
        Created,
        Lines
    };
    switch (Key(key)) {
    case Name:
        sheet.text(column, lead.displayName());
        return;
    case RefId:
        sheet.identifier(column, lead.refId);
        return;
    case Mobile:
        sheet.identifier(column, m_fullMobiles ? lead.primaryMobile : Core::Validators::maskMobile(lead.primaryMobile));
        return;
    case Program:
        sheet.text(column, lead.lineSummary ? lead.lineSummary->programName : QString());
        return;
    case Status:
        sheet.text(column, Core::CodeText::humanize(lead.status));
        return;
    case Created:
        sheet.date(column, lead.createdAt);
        return;
    default:
        break;
    }
    if (!line) {
        return; // no line yet: the figures are unknown, not zero
    }
    switch (Key(key)) {
    case Approved:
        sheet.amount(column, line->approvedLineAmount);
        break;
    case Operative:
        sheet.amount(column, line->operativeLineAmount);
        break;
    case Available:
        sheet.amount(column, line->availableLineAmount);
        break;
    case Outstanding:
        sheet.amount(column, line->totalOutstanding);
        break;
    case Dpd:
        sheet.integer(column, line->dpd);
        break;
    case Bucket:
        sheet.text(column, Core::DpdBucket::fromDays(line->dpd).code());
        break;
    case Npa:
        sheet.text(column, line->npaCategory);
        break;
    case Lines:
        if (line->lineCount > 0) {
            sheet.integer(column, line->lineCount);
        }
        break;
    default:
        break;
    }
}

} // namespace Crego::Export
