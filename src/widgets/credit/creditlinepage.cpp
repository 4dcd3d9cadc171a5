// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditlinepage.h"

#include "datetext.h"

#include "ui_creditlinepage.h"

#include "figuretile.h"
#include "modelbarchart.h"
#include "ratestepchart.h"

#include "leadrecordmodels.h"
#include "outstandingmodel.h"
#include "ratestepmodel.h"
#include "riskpalette.h"
#include "slabtablemodel.h"

#include "assetclass.h"
#include "linemetrics.h"
#include "loanpricing.h"
#include "moneyformatter.h"
#include "taborder.h"

#include <QHeaderView>
#include <QLocale>

namespace Crego::Widgets {

namespace {

QString money(Core::Money amount)
{
    return Core::MoneyFormatter::format(amount);
}

//! A coloured square before the text: colour helps, the words carry the meaning.
QString chip(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style='color:%1'>■</span> %2").arg(colour.name(), text.toHtmlEscaped());
}

void tidyTable(QTableView* table)
{
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
}

} // namespace

CreditLinePage::CreditLinePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CreditLinePage>())
    , m_programs(Models::LeadRecordModels::programs(this))
    , m_programsShown(Models::LeadRecordModels::programsWithTotal(m_programs, this))
    , m_outstanding(new Models::OutstandingModel(this))
    , m_slabs { new Models::SlabTableModel(this), new Models::SlabTableModel(this), new Models::SlabTableModel(this) }
    , m_rates(new Models::RateStepModel(this))
{
    m_ui->setupUi(this);
    // The programs table scrolls with the line below it: the whole tab is one page, using the window's
    // height, rather than a short box of its own under a fixed table.
    m_ui->pageLayout->removeWidget(m_ui->programsTable);
    m_ui->detailLayout->insertWidget(0, m_ui->programsTable);
    m_ui->programsTable->setModel(m_programsShown);
    m_ui->programsTable->verticalHeader()->hide();
    m_ui->programsTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->programsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid() && !m_programsShown->isTotalRow(current.row())) {
                showProgram(m_programs->record(current.row()));
            }
        });

    m_approvedTile = new FigureTile(tr("Approved"), QStringLiteral("approvedTile"), this);
    m_operativeTile = new FigureTile(tr("Operative"), QStringLiteral("operativeTile"), this);
    m_availableTile = new FigureTile(tr("Available"), QStringLiteral("availableTile"), this);
    m_usedTile = new FigureTile(tr("Used (principal outstanding)"), QStringLiteral("usedTile"), this);
    m_blockedTile = new FigureTile(tr("Blocked (pending disbursal)"), QStringLiteral("blockedTile"), this);
    for (FigureTile* tile : { m_approvedTile, m_operativeTile, m_availableTile, m_usedTile, m_blockedTile }) {
        m_ui->tilesLayout->addWidget(tile);
    }

    m_ui->outstandingTable->setModel(m_outstanding);
    tidyTable(m_ui->outstandingTable);
    ModelBarChart::Options options;
    options.title = tr("Outstanding against paid");
    options.categoryAxisTitle = tr("Component");
    options.valueAxisTitle = tr("Amount (₹)");
    options.values = ModelBarChart::Values::Money;
    options.firstColumn = Models::OutstandingModel::Outstanding;
    options.lastColumn = Models::OutstandingModel::Paid;
    options.rowCount = Models::OutstandingModel::Total; // the components, not the total row
    options.stacked = true;
    // Interest, overdue and penal amounts are tiny beside principal: each says its figures in words.
    options.horizontal = true;
    options.figureLabels = true;
    m_outstandingChart = new ModelBarChart(m_outstanding, options, this);
    m_outstandingChart->setMinimumWidth(400);
    m_outstandingChart->setMinimumHeight(300);
    m_ui->outstandingChartLayout->addWidget(m_outstandingChart);

    QTableView* slabTables[3] = { m_ui->roiTable, m_ui->overdueTable, m_ui->penalTable };
    const QString slabNames[3] = { tr("ROI slabs"), tr("Overdue ROI slabs"), tr("Penal ROI slabs") };
    for (int rate = 0; rate < 3; ++rate) {
        slabTables[rate]->setAccessibleName(slabNames[rate]);
        slabTables[rate]->setAccessibleDescription(tr("The rate by days outstanding: from day, to day, rate"));
        slabTables[rate]->setModel(m_slabs[rate]);
        tidyTable(slabTables[rate]);
        slabTables[rate]->setMaximumHeight(110);
    }
    m_rateChart = new RateStepChart(m_rates, this);
    m_ui->rateChartLayout->addWidget(m_rateChart);
    m_ui->parametersLayout->setHorizontalSpacing(16);
    m_ui->warningLabel->setTextFormat(Qt::RichText);
    m_ui->delinquencyBox->setMinimumWidth(260);
    // Tab reads the page as the eye does: the programs, the chart beside the outstanding table, the slab
    // tables, the rate chart (the charts are made after the form, so they would come last).
    TabOrder::follow({ m_ui->detailScroll, m_ui->programsTable, m_outstandingChart, m_ui->outstandingTable,
        m_ui->roiTable, m_ui->overdueTable, m_ui->penalTable, m_rateChart });
    showLoading();
}

CreditLinePage::~CreditLinePage() = default;

void CreditLinePage::setDetailVisible(bool visible)
{
    m_ui->detailScroll->setVisible(visible);
    m_ui->stateLabel->setVisible(!visible);
}

void CreditLinePage::showLoading()
{
    m_ui->stateLabel->setText(tr("Loading the credit line…"));
    setDetailVisible(false);
}

void CreditLinePage::showError(const QString& message)
{
    m_ui->stateLabel->setText(tr("Could not load the credit line: %1").arg(message));
    setDetailVisible(false);
}

void CreditLinePage::setPrograms(const QList<Core::LeadProgram>& programs)
{
    m_programs->setRecords(programs);
    if (programs.isEmpty()) {
        m_ui->stateLabel->setText(tr("This lead has no program yet."));
        setDetailVisible(false);
        return;
    }
    setDetailVisible(true);
    m_ui->programsTable->resizeColumnsToContents();
    // As tall as its rows (up to four, and the total), so the line below gets the room.
    QTableView* table = m_ui->programsTable;
    const int rows = std::min<int>(m_programsShown->rowCount(), 5);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
    selectProgram(mostSevere(programs));
}

int CreditLinePage::mostSevere(const QList<Core::LeadProgram>& programs)
{
    // Highest DPD first, then the most severe asset class; on a tie the primary, then the first.
    const auto rank = [](const Core::LeadProgram& program) {
        if (!program.lineDetail) {
            return std::make_tuple(-1, -1, program.isPrimary);
        }
        const Core::AssetClass::Value assetClass = Core::AssetClass::fromCode(program.lineDetail->npaCategory);
        return std::make_tuple(
            program.lineDetail->dpd, assetClass == Core::AssetClass::Unknown ? 0 : int(assetClass), program.isPrimary);
    };
    int severe = 0;
    for (int row = 1; row < programs.size(); ++row) {
        if (rank(programs.at(row)) > rank(programs.at(severe))) {
            severe = row;
        }
    }
    return severe;
}

void CreditLinePage::selectProgram(int row)
{
    m_ui->programsTable->setCurrentIndex(m_programsShown->index(row, 0));
    m_ui->programsTable->selectRow(row);
}

void CreditLinePage::showProgram(const Core::LeadProgram& program)
{
    m_outstanding->setLine(program.lineDetail);
    m_ui->lineBox->setVisible(program.lineDetail.has_value());
    m_ui->outstandingBox->setVisible(program.lineDetail.has_value());
    m_ui->delinquencyBox->setVisible(program.lineDetail.has_value());
    if (program.lineDetail) {
        showLine(*program.lineDetail);
    }
    m_ui->pricingBox->setVisible(program.loanData.has_value());
    if (program.loanData) {
        showPricing(*program.loanData, program.lineDetail);
    } else {
        m_rates->clear();
    }
}

void CreditLinePage::showLine(const Core::LineDetail& line)
{
    const Core::LineMetrics metrics = Core::LineMetrics::compute(line, QDateTime::currentDateTimeUtc());
    m_approvedTile->setValue(money(metrics.approved()));
    m_operativeTile->setValue(money(metrics.operative()));
    m_availableTile->setValue(money(metrics.available()));
    m_usedTile->setValue(money(metrics.used()));
    m_blockedTile->setValue(money(metrics.blocked()));
    m_ui->utilizationBar->setValue(std::clamp(metrics.utilizationBasisPoints(), 0, 10000));
    const QString utilization
        = QLocale().toString(metrics.utilizationPercent(), 'f', metrics.utilizationBasisPoints() % 100 ? 2 : 0);
    m_ui->utilizationBar->setFormat(tr("Utilization %1%").arg(utilization));
    m_ui->utilizationBar->setToolTip(tr("Used and blocked against the operative line: %1 of %2")
                                         .arg(money(metrics.used() + metrics.blocked()), money(metrics.operative())));

    const QStringList warnings = metrics.warnings();
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
    m_ui->warningLabel->setText(chip(Models::RiskPalette::bucketColour(Core::DpdBucket::Sma2), tr("Check:"))
        + QStringLiteral(" ") + warnings.join(QStringLiteral(" ")).toHtmlEscaped());
    m_ui->asOfLabel->setText(
        tr("Line expiry: %1 · figures as of %2").arg(metrics.expiryText(), Core::DateText::dateTime(line.updatedAt)));

    m_ui->outstandingTable->resizeColumnsToContents();
    const QString loans = line.dueLoanCount == 1 ? tr("1 loan") : tr("%1 loans").arg(line.dueLoanCount);
    m_ui->duesLabel->setText(
        tr("Due amount %1 on %2 · excess payment %3 · disbursed %4")
            .arg(money(line.dueAmount), loans, money(line.excessPayment), money(line.totalDisbursedAmount)));
    const Core::DpdBucket bucket = metrics.bucket();
    const QColor bucketColour = Models::RiskPalette::bucketColour(bucket.value());
    m_ui->dpdValue->setText(Core::LoanPricing::daysText(line.dpd));
    m_ui->peakDpdValue->setText(
        tr("%1 (%2)").arg(Core::LoanPricing::daysText(line.peakDpd), metrics.peakBucket().code()));
    m_ui->bucketValue->setText(chip(bucketColour, tr("%1 (%2)").arg(bucket.code(), bucket.rangeText())));
    const Core::AssetClass::Value assetClass = Core::AssetClass::fromCode(line.npaCategory);
    m_ui->npaValue->setText(chip(Models::RiskPalette::assetClassColour(assetClass),
        tr("%1 (%2)").arg(
            line.npaCategory.isEmpty() ? tr("none") : line.npaCategory, Core::AssetClass::label(assetClass))));
}

void CreditLinePage::showPricing(const Core::LoanData& loan, const std::optional<Core::LineDetail>& line)
{
    const Core::LoanPricing pricing(loan);
    QLabel* titles[3] = { m_ui->roiTitle, m_ui->overdueTitle, m_ui->penalTitle };
    QTableView* slabTables[3] = { m_ui->roiTable, m_ui->overdueTable, m_ui->penalTable };
    QStringList summary;
    for (int rate = 0; rate < 3; ++rate) {
        const auto which = Core::LoanPricing::Rate(rate);
        const QList<Core::RoiSlabRow> slabs = pricing.slabs(which);
        m_slabs[rate]->setSlabs(slabs, pricing.periodUnit());
        slabTables[rate]->resizeColumnsToContents();
        titles[rate]->setText(tr("<b>%1</b> — %2").arg(Core::LoanPricing::rateName(which), pricing.basis(which)));
        QStringList texts;
        for (const Core::RoiSlabRow& slab : slabs) {
            texts.append(pricing.slabText(slab));
        }
        summary.append(tr("%1 %2").arg(
            Core::LoanPricing::rateName(which), texts.isEmpty() ? tr("not set") : texts.join(QStringLiteral("; "))));
    }
    m_ui->roiSummaryLabel->setText(summary.join(QStringLiteral(" · ")));
    m_rates->setPricing(pricing);
    m_rateChart->setRateUnit(pricing.periodUnit());

    while (m_ui->parametersLayout->rowCount() > 0) {
        m_ui->parametersLayout->removeRow(0);
    }
    for (const auto& [label, value] : pricing.parameters()) {
        auto* valueLabel = new QLabel(value);
        valueLabel->setWordWrap(true);
        m_ui->parametersLayout->addRow(tr("%1:").arg(label), valueLabel);
    }

    QStringList features;
    if (line && loan.subventionIsEnabled) {
        features.append(
            tr("Subvention %1 (acknowledged %2)").arg(money(line->totalSubventionAmount), money(line->subventionAck)));
    }
    if (line && loan.cashbackIsEnabled) {
        features.append(tr("Cashback available %1, released %2, adjusted %3")
                            .arg(money(line->totalCashbackAvailable), money(line->totalCashbackReleased),
                                money(line->totalCashbackAdjusted)));
    }
    if (line && loan.holdbackIsEnabled) {
        features.append(tr("Holdback %1").arg(money(line->totalHoldbackAmount)));
    }
    m_ui->featuresLabel->setVisible(!features.isEmpty());
    m_ui->featuresLabel->setText(features.join(QStringLiteral(" · ")));
}

} // namespace Crego::Widgets
