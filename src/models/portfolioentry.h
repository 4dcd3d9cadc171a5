// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetclass.h"
#include "lead.h"
#include "linesummary.h"
#include "money.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Crego::Models {

//! What one lead adds to a portfolio: its line totals, where it falls in each breakdown, and the lead as
//! the list shows it (its programs dropped). Worked out from the lead alone, so a loader can make the
//! entries of a page on a worker thread while the main thread only adds them up (PortfolioModel).
struct PortfolioEntry
{
    //! One credit line of the lead, under its program.
    struct ProgramLine
    {
        QString programId;
        QString programName;
        Core::Money approved;
        Core::Money outstanding;
        Core::Money available;
    };

    Core::Lead lead; //!< without its programs
    //! The server's line summary, else the worst of the lead's lines; nullopt for a lead without either.
    std::optional<Core::LineSummary> summary;
    QList<ProgramLine> lines;
    Core::Money approved;
    Core::Money outstanding;
    Core::Money available;
    int dpdBucket = -1; //!< Core::DpdBucket::Value of the worst line; -1 without a line
    Core::AssetClass::Value assetClass = Core::AssetClass::Unknown; //!< of the most severe line
    //! PortfolioModel::utilizationBand of the lead's drawn share of its operative lines; -1 when nothing
    //! is operative.
    int utilizationBand = -1;

    bool hasLine() const { return !lines.isEmpty(); }

    //! The entry of \a lead, its lines' metrics taken at \a now.
    static PortfolioEntry fromLead(const Core::Lead& lead, const QDateTime& now);
    //! The entries of a page of leads, in order, at the current time.
    static QList<PortfolioEntry> fromLeads(const QList<Core::Lead>& leads);
};

} // namespace Crego::Models
