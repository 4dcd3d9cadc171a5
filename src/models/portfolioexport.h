// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportjob.h"
#include "portfolioreport.h"

namespace Crego::Models {

class PortfolioBreakdownModel;
class PortfolioModel;

//! Exports the portfolio the dashboard has summed up — totals, its four breakdowns and the leads behind
//! them (or behind one drill-down) — to a workbook written on a thread of its own.
class PortfolioExport final : public ExportJob
{
    Q_OBJECT

public:
    PortfolioExport(Export::PortfolioReport report, const QString& path, QObject* parent = nullptr);

    void start() override;
    void cancel() override;
    QString title() const override;

    //! The report of \a portfolio; with a \a drillDown breakdown the Leads sheet holds only the leads of
    //! its \a row.
    static Export::PortfolioReport report(const PortfolioModel& portfolio, const QString& filters,
        const QString& connection, const PortfolioBreakdownModel* drillDown = nullptr, int row = -1);

private:
    Export::PortfolioReport m_report;
};

} // namespace Crego::Models
