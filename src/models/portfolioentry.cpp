// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioentry.h"

#include "portfoliomodel.h"

#include "dpdbucket.h"
#include "linemetrics.h"

namespace Crego::Models {

PortfolioEntry PortfolioEntry::fromLead(const Core::Lead& lead, const QDateTime& now)
{
    PortfolioEntry entry;
    entry.summary = lead.lineSummary;
    Core::Money drawn;
    Core::Money operative;
    for (const Core::LeadProgram& program : std::as_const(lead.programs)) {
        if (!program.lineDetail) {
            continue;
        }
        const Core::LineDetail& line = *program.lineDetail;
        entry.approved += line.approvedLineAmount;
        entry.outstanding += line.totalOutstanding;
        entry.available += line.activeLineAmount;
        const Core::LineMetrics metrics = Core::LineMetrics::compute(line, now);
        drawn += metrics.used();
        drawn += metrics.blocked();
        operative += metrics.operative();
        entry.lines.append(ProgramLine { program.programId, program.displayName(), line.approvedLineAmount,
            line.totalOutstanding, line.activeLineAmount });
    }
    if (entry.hasLine()) {
        const Core::LineSummary worst = *Core::LineSummary::fromPrograms(lead.programs); // a line: a program
        entry.dpdBucket = Core::DpdBucket::fromDays(worst.dpd).value();
        entry.assetClass = Core::AssetClass::fromCode(worst.npaCategory);
        if (operative.paise() > 0) {
            const int basisPoints = int(std::min<qint64>(drawn.paise() * 10000 / operative.paise(), 1000000));
            entry.utilizationBand = PortfolioModel::utilizationBand(basisPoints);
        }
        if (!entry.summary) {
            entry.summary = worst;
        }
    }
    entry.lead = lead; // shares the lead's texts
    entry.lead.programs.clear();
    return entry;
}

QList<PortfolioEntry> PortfolioEntry::fromLeads(const QList<Core::Lead>& leads)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<PortfolioEntry> entries;
    entries.reserve(leads.size());
    for (const Core::Lead& lead : leads) {
        entries.append(fromLead(lead, now));
    }
    return entries;
}

} // namespace Crego::Models
