// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistworkbook.h"

#include "datetext.h"
#include "sheet.h"

namespace Crego::Export {

LeadListWorkbook::LeadListWorkbook(const QString& path, const QStringList& columns, const Description& description)
    : m_workbook(path, tr("Leads"), tr("Lead list exported from Crego Desk"))
    , m_sheet(nullptr)
    , m_columns(columns, description.fullMobiles)
{
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
    m_sheet->setColumns(m_columns.titles());
}

LeadListWorkbook::~LeadListWorkbook() = default;

void LeadListWorkbook::append(const QList<Core::Lead>& leads)
{
    if (!m_sheet) {
        return;
    }
    for (const Core::Lead& lead : leads) {
        m_columns.writeRow(*m_sheet, lead);
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

} // namespace Crego::Export
