// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"
#include "money.h"

#include <QDateTime>
#include <QList>

namespace Crego::Export {

//! A portfolio as the dashboard sums it up, for its workbook: totals, the four breakdowns, and the leads
//! behind them (all of them, or those of the drill-down the user chose).
struct PortfolioReport
{
    //! One way of splitting the portfolio ("Exposure by program", "DPD buckets", …).
    struct Breakdown
    {
        QString title; //!< the sheet's name
        QString categoryTitle; //!< the first column's header ("Program", "DPD bucket", …)
        struct Row
        {
            QString label;
            qint64 leads = 0;
            Core::Money approved;
            Core::Money outstanding;
            Core::Money available;
        };
        QList<Row> rows;
    };

    qint64 leadCount = 0;
    qint64 leadsWithoutLine = 0;
    Core::Money approved;
    Core::Money outstanding;
    Core::Money available;
    QList<Breakdown> breakdowns;
    QList<Core::Lead> leads;
    //! What the Leads sheet holds: empty for every lead of the portfolio, else the drill-down
    //! ("DPD bucket: SMA-1").
    QString leadsSelection;

    QString filters; //!< the lead list's filters the portfolio was built from, or empty for all leads
    QString connection;
    QDateTime asOf;
};

} // namespace Crego::Export
