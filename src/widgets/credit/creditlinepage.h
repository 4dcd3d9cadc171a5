// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadprogram.h"

#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class CreditLinePage;
}

namespace Crego::Models {
class OutstandingModel;
class RateStepModel;
class SlabTableModel;
class TotalRowModel;
template<typename Record> class RecordTableModel;
} // namespace Crego::Models

namespace Crego::Widgets {

class FigureTile;
class ModelBarChart;
class RateStepChart;

//! The credit line tab of a lead, for a credit reviewer: the lead's programs in a table; for the selected
//! one, line tiles with utilization and warnings, outstanding against paid (chart and table), dues and the
//! enabled subvention/cashback/holdback figures, delinquency, and pricing (slab tables, a step chart of the
//! three rates, loan parameters in words).
class CreditLinePage final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditLinePage(QWidget* parent = nullptr);
    ~CreditLinePage() override;

    void showLoading();
    void showError(const QString& message);
    //! Lists \a programs and shows the primary one (or the first).
    void setPrograms(const QList<Core::LeadProgram>& programs);
    //! Shows program \a row of the table.
    void selectProgram(int row);

    Models::RecordTableModel<Core::LeadProgram>* programsModel() const { return m_programs; }
    Models::OutstandingModel* outstandingModel() const { return m_outstanding; }
    Models::RateStepModel* rateModel() const { return m_rates; }
    ModelBarChart* outstandingChart() const { return m_outstandingChart; }
    RateStepChart* rateChart() const { return m_rateChart; }

private:
    //! The row of the line a reviewer should see first: the highest DPD, then the most severe class.
    static int mostSevere(const QList<Core::LeadProgram>& programs);

    void showProgram(const Core::LeadProgram& program);
    void showLine(const Core::LineDetail& line);
    //! Slab tables, the rate chart and parameters; the subvention/cashback/holdback totals of \a line
    //! where \a loan enables them.
    void showPricing(const Core::LoanData& loan, const std::optional<Core::LineDetail>& line);
    void setDetailVisible(bool visible);

    std::unique_ptr<Ui::CreditLinePage> m_ui;
    Models::RecordTableModel<Core::LeadProgram>* m_programs;
    Models::TotalRowModel* m_programsShown; //!< m_programs with their total row, as the table shows them
    Models::OutstandingModel* m_outstanding;
    Models::SlabTableModel* m_slabs[3];
    Models::RateStepModel* m_rates;
    ModelBarChart* m_outstandingChart;
    RateStepChart* m_rateChart;
    FigureTile* m_approvedTile;
    FigureTile* m_operativeTile;
    FigureTile* m_availableTile;
    FigureTile* m_usedTile;
    FigureTile* m_blockedTile;
};

} // namespace Crego::Widgets
