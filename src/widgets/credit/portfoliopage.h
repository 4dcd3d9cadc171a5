// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "leadquery.h"

#include "lead.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PortfolioPage;
}

namespace Crego::Api {
class Session;
}

namespace Crego::Models {
class PortfolioBreakdownModel;
class PortfolioLoader;
class PortfolioModel;
} // namespace Crego::Models

namespace Crego::Widgets {

class ExportDialog;
class FigureTile;
class ModelBarChart;
class ModelPieChart;

//! The portfolio dashboard over the lead list's filter: totals (approved, outstanding, available),
//! exposure by program, leads by DPD bucket, by asset class and by utilization band. It loads every
//! matching lead page by page and redraws as pages arrive, with progress and Cancel; clicking a bar or
//! slice asks for exactly the leads behind it.
class PortfolioPage final : public QWidget
{
    Q_OBJECT

public:
    PortfolioPage(Api::Session* session, QWidget* parent = nullptr);
    ~PortfolioPage() override;

    //! Loads the leads matching \a filter, described in words by \a description.
    void load(const Api::LeadQuery& filter, const QString& description);
    void cancel();

    Models::PortfolioModel* portfolio() const { return m_portfolio; }
    Models::PortfolioLoader* loader() const { return m_loader; }
    ModelBarChart* programChart() const { return m_programChart; }
    ModelBarChart* bucketChart() const { return m_bucketChart; }
    ModelPieChart* assetClassChart() const { return m_assetClassChart; }
    ModelBarChart* utilizationChart() const { return m_utilizationChart; }
    //! Asks for the leads of \a row of \a breakdown, as a chart click does.
    void drillDown(const Models::PortfolioBreakdownModel* breakdown, int row);
    //! Exports the portfolio to a workbook — with the leads of the last drill-down only, if the user
    //! chooses — and follows it in a dialog (returned; nullptr when cancelled or still loading).
    ExportDialog* exportPortfolio();

Q_SIGNALS:
    //! Show these leads in the lead list; \a description says what they are ("SMA-1 (31-60 days)").
    void leadsRequested(const QString& description, const QList<Crego::Core::Lead>& leads);

private:
    void updateTotals();
    void updateProgress(qint64 loaded, qint64 total);
    void loadFinished(const Api::ApiError& error);

    std::unique_ptr<Ui::PortfolioPage> m_ui;
    Models::PortfolioModel* m_portfolio;
    Models::PortfolioLoader* m_loader;
    Api::Session* m_session;
    ModelBarChart* m_programChart;
    ModelBarChart* m_bucketChart;
    ModelPieChart* m_assetClassChart;
    ModelBarChart* m_utilizationChart;
    FigureTile* m_leadsTile;
    FigureTile* m_approvedTile;
    FigureTile* m_outstandingTile;
    FigureTile* m_availableTile;
    Api::LeadQuery m_filter;
    //! The breakdown and row of the last drill-down (for exporting its leads), or none.
    const Models::PortfolioBreakdownModel* m_drilledBreakdown = nullptr;
    int m_drilledRow = -1;
    QString m_description;
};

} // namespace Crego::Widgets
