// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistworkbook.h"

#include "codetext.h"
#include "datetext.h"
#include "dpdbucket.h"
#include "linesummary.h"
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

QStringList LeadListWorkbook::columnKeys()
{
    return { QStringLiteral("name"), QStringLiteral("ref_id"), QStringLiteral("mobile"), QStringLiteral("program"),
        QStringLiteral("status"), QStringLiteral("approved_line"), QStringLiteral("operative_line"),
        QStringLiteral("available_line"), QStringLiteral("outstanding"), QStringLiteral("dpd"),
        QStringLiteral("dpd_bucket"), QStringLiteral("npa_class"), QStringLiteral("created") };
}

QStringList LeadListWorkbook::defaultColumns()
{
    return { QStringLiteral("name"), QStringLiteral("ref_id"), QStringLiteral("mobile"), QStringLiteral("program"),
        QStringLiteral("status"), QStringLiteral("approved_line"), QStringLiteral("outstanding"), QStringLiteral("dpd"),
        QStringLiteral("npa_class"), QStringLiteral("created") };
}

QString LeadListWorkbook::columnTitle(const QString& key)
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
    };
    const auto title = titles.constFind(key);
    return title == titles.constEnd() ? key : tr(*title);
}

QStringList LeadListWorkbook::unknownColumns(const QStringList& columns)
{
    QStringList unknown;
    for (const QString& column : columns) {
        if (!columnKeys().contains(column)) {
            unknown.append(column);
        }
    }
    return unknown;
}

LeadListWorkbook::LeadListWorkbook(const QString& path, const QStringList& columns, const Description& description)
    : m_workbook(path, tr("Leads"), tr("Lead list exported from Crego Desk"))
    , m_sheet(nullptr)
    , m_fullMobiles(description.fullMobiles)
{
    for (const QString& key : columns) {
        m_columns.append(int(columnKeys().indexOf(key)));
    }
    if (!m_workbook.isOpen()) {
        return;
    }
    m_sheet = &m_workbook.addSheet(tr("Leads"));
    QStringList header { description.filters.isEmpty() ? tr("Leads: all") : tr("Leads: %1").arg(description.filters),
        tr("Connection: %1").arg(description.connection),
        tr("As of %1").arg(Core::DateText::dateTime(Core::Timestamp::fromDateTime(description.asOf))) };
    header.append(
        description.fullMobiles ? tr("Mobile numbers: in full, as the user chose") : tr("Mobile numbers: masked"));
    m_sheet->addHeaderLines(header);
    QStringList titles;
    for (const QString& key : columns) {
        titles.append(columnTitle(key));
    }
    m_sheet->setColumns(titles);
}

LeadListWorkbook::~LeadListWorkbook() = default;

void LeadListWorkbook::append(const QList<Core::Lead>& leads)
{
    if (!m_sheet) {
        return;
    }
    for (const Core::Lead& lead : leads) {
        m_sheet->nextRow();
        const std::optional<Core::LineSummary> line = figuresOf(lead);
        for (int column = 0; column < m_columns.size(); ++column) {
            write(column, m_columns.at(column), lead, line);
        }
    }
}

int LeadListWorkbook::rowCount() const
{
    return m_sheet ? m_sheet->rowCount() : 0;
}

bool LeadListWorkbook::commit()
{
    return m_workbook.commit();
}

void LeadListWorkbook::write(int column, int key, const Core::Lead& lead, const std::optional<Core::LineSummary>& line)
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
        Created
    };
    switch (Key(key)) {
    case Name:
        m_sheet->text(column, lead.displayName());
        return;
    case RefId:
        m_sheet->identifier(column, lead.refId);
        return;
    case Mobile:
        m_sheet->identifier(
            column, m_fullMobiles ? lead.primaryMobile : Core::Validators::maskMobile(lead.primaryMobile));
        return;
    case Program:
        m_sheet->text(column, lead.lineSummary ? lead.lineSummary->programName : QString());
        return;
    case Status:
        m_sheet->text(column, Core::CodeText::humanize(lead.status));
        return;
    case Created:
        m_sheet->date(column, lead.createdAt);
        return;
    default:
        break;
    }
    if (!line) {
        return; // no line yet: the figures are unknown, not zero
    }
    switch (Key(key)) {
    case Approved:
        m_sheet->amount(column, line->approvedLineAmount);
        break;
    case Operative:
        m_sheet->amount(column, line->operativeLineAmount);
        break;
    case Available:
        m_sheet->amount(column, line->availableLineAmount);
        break;
    case Outstanding:
        m_sheet->amount(column, line->totalOutstanding);
        break;
    case Dpd:
        m_sheet->integer(column, line->dpd);
        break;
    case Bucket:
        m_sheet->text(column, Core::DpdBucket::fromDays(line->dpd).code());
        break;
    case Npa:
        m_sheet->text(column, line->npaCategory);
        break;
    default:
        break;
    }
}

} // namespace Crego::Export
