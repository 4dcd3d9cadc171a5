// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolioreport.h"

#include <QCoreApplication>

namespace Crego::Export {

class Sheet;

//! The portfolio as a workbook: Totals, a sheet per breakdown (exposure by program, DPD buckets, NPA
//! classes, utilization bands) with leads, approved, outstanding, available and shares, and a Leads sheet
//! with the leads behind them in the lead list's columns (mobiles masked).
class PortfolioWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioWorkbook)

public:
    //! Writes \a report to \a path (whole, or not at all); false with \a error set on failure.
    static bool write(const QString& path, const PortfolioReport& report, QString* error);

private:
    static QStringList headerLines(const PortfolioReport& report, const QString& what);
    static void writeTotals(Sheet& sheet, const PortfolioReport& report);
    static void writeBreakdown(
        Sheet& sheet, const PortfolioReport& report, const PortfolioReport::Breakdown& breakdown);
};

} // namespace Crego::Export
