// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioexport.h"

#include "portfoliobreakdownmodel.h"
#include "portfoliomodel.h"
#include "portfolioworkbook.h"

namespace Crego::Models {

PortfolioExport::PortfolioExport(Export::PortfolioReport report, const QString& path, QObject* parent)
    : ExportJob(path, parent)
    , m_report(std::move(report))
{ }

void PortfolioExport::start()
{
    const qint64 leads = m_report.leads.size();
    const QString destination = path();
    writeOnThread(
        [report = m_report, destination] {
            QString error;
            return Export::PortfolioWorkbook::write(destination, report, &error) ? QString() : error;
        },
        leads == 1 ? tr("Exported the portfolio with 1 lead.")
                   : tr("Exported the portfolio with %1 leads.").arg(leads));
}

void PortfolioExport::cancel()
{
    cancelWriting();
}

QString PortfolioExport::title() const
{
    return tr("Export Portfolio");
}

Export::PortfolioReport PortfolioExport::report(const PortfolioModel& portfolio, const QString& filters,
    const QString& connection, const PortfolioBreakdownModel* drillDown, int row)
{
    Export::PortfolioReport report;
    report.leadCount = portfolio.leadCount();
    report.leadsWithoutLine = portfolio.leadsWithoutLine();
    report.approved = portfolio.approved();
    report.outstanding = portfolio.outstanding();
    report.available = portfolio.available();
    const std::pair<const PortfolioBreakdownModel*, QString> breakdowns[] = {
        { portfolio.byProgram(), tr("Exposure by program") },
        { portfolio.byDpdBucket(), tr("DPD buckets") },
        { portfolio.byAssetClass(), tr("NPA classes") },
        { portfolio.byUtilization(), tr("Utilization bands") },
    };
    for (const auto& [model, title] : breakdowns) {
        Export::PortfolioReport::Breakdown breakdown;
        breakdown.title = title;
        breakdown.categoryTitle = model->headerData(PortfolioBreakdownModel::Category, Qt::Horizontal).toString();
        for (int r = 0; r < model->rowCount(); ++r) {
            breakdown.rows.append({ model->label(r), model->leadCount(r), model->approved(r), model->outstanding(r),
                model->available(r) });
        }
        report.breakdowns.append(breakdown);
        if (model == drillDown && row >= 0 && row < model->rowCount()) {
            report.leadsSelection = QStringLiteral("%1: %2").arg(breakdown.categoryTitle, model->label(row));
        }
    }
    report.leads = report.leadsSelection.isEmpty() ? portfolio.leads() : portfolio.leadsIn(drillDown, row);
    report.filters = filters;
    report.connection = connection;
    report.asOf = QDateTime::currentDateTime();
    return report;
}

} // namespace Crego::Models
