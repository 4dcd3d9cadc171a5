// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliopage.h"

#include "exportdialog.h"
#include "exportoptionsdialog.h"
#include "filedialog.h"
#include "messagebox.h"
#include "portfolioexport.h"

#include "session.h"
#include "tablebehaviour.h"
#include "taborder.h"

#include "ui_portfoliopage.h"

#include "figuretile.h"
#include "modelbarchart.h"
#include "modelpiechart.h"

#include "portfoliobreakdownmodel.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"

#include "moneyformatter.h"

#include <QHeaderView>

namespace Crego::Widgets {

using Models::PortfolioBreakdownModel;

PortfolioPage::PortfolioPage(Api::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PortfolioPage>())
    , m_portfolio(new Models::PortfolioModel(this))
    , m_loader(new Models::PortfolioLoader(session->client(), m_portfolio, this))
    , m_session(session)
{
    m_ui->setupUi(this);
    m_leadsTile = new FigureTile(tr("Leads"), QStringLiteral("leadsTile"), this);
    m_approvedTile = new FigureTile(tr("Total approved"), QStringLiteral("approvedTile"), this);
    m_outstandingTile = new FigureTile(tr("Total outstanding"), QStringLiteral("outstandingTile"), this);
    m_availableTile = new FigureTile(tr("Total available"), QStringLiteral("availableTile"), this);
    for (FigureTile* tile : { m_leadsTile, m_approvedTile, m_outstandingTile, m_availableTile }) {
        m_ui->tilesLayout->addWidget(tile);
    }

    ModelBarChart::Options exposure;
    exposure.title = tr("Exposure by program");
    exposure.categoryAxisTitle = tr("Program");
    exposure.valueAxisTitle = tr("Amount (₹)");
    exposure.values = ModelBarChart::Values::Money;
    exposure.firstColumn = PortfolioBreakdownModel::Approved;
    exposure.lastColumn = PortfolioBreakdownModel::Outstanding;
    exposure.horizontal = true; // program names whole
    m_programChart = new ModelBarChart(m_portfolio->byProgram(), exposure, this);

    ModelBarChart::Options buckets;
    buckets.title = tr("Leads by DPD bucket (worst line)");
    buckets.categoryAxisTitle = tr("DPD bucket");
    buckets.valueAxisTitle = tr("Leads");
    buckets.layout = ModelBarChart::Layout::RowsAreBars;
    buckets.horizontal = true;
    buckets.firstColumn = buckets.lastColumn = PortfolioBreakdownModel::Leads;
    m_bucketChart = new ModelBarChart(m_portfolio->byDpdBucket(), buckets, this);

    m_assetClassChart = new ModelPieChart(m_portfolio->byAssetClass(), PortfolioBreakdownModel::Leads,
        tr("Leads by asset class (most severe line)"), this);

    ModelBarChart::Options utilization;
    utilization.title = tr("Utilization of the lines");
    utilization.categoryAxisTitle = tr("% of the line used");
    utilization.valueAxisTitle = tr("Leads");
    utilization.firstColumn = utilization.lastColumn = PortfolioBreakdownModel::Leads;
    utilization.horizontal = true;
    utilization.wholeLabels = true; // "0–9" … "Over 100": eleven short bands
    m_utilizationChart = new ModelBarChart(m_portfolio->byUtilization(), utilization, this);

    // Tall enough for a program's name and its two bars on each row; the page scrolls as one.
    for (QWidget* chart :
        std::initializer_list<QWidget*> { m_programChart, m_bucketChart, m_assetClassChart, m_utilizationChart }) {
        chart->setMinimumHeight(360);
    }
    m_ui->chartsLayout->addWidget(m_programChart, 0, 0);
    m_ui->chartsLayout->addWidget(m_bucketChart, 0, 1);
    m_ui->chartsLayout->addWidget(m_assetClassChart, 1, 0);
    m_ui->chartsLayout->addWidget(m_utilizationChart, 1, 1);
    // Made after the form, the charts would come after the table below them.
    TabOrder::follow({ m_ui->chartsScroll, m_programChart, m_bucketChart, m_assetClassChart, m_utilizationChart,
        m_ui->programTable });
    m_ui->programTable->setModel(m_portfolio->byProgram());
    m_ui->programTable->verticalHeader()->hide();
    m_ui->programTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->programTable->setToolTip(tr("Double-click a program to list its leads"));

    connect(m_programChart, &ModelBarChart::rowClicked, this,
        [this](int row) { drillDown(m_portfolio->byProgram(), row); });
    connect(m_bucketChart, &ModelBarChart::rowClicked, this,
        [this](int row) { drillDown(m_portfolio->byDpdBucket(), row); });
    connect(m_assetClassChart, &ModelPieChart::rowClicked, this,
        [this](int row) { drillDown(m_portfolio->byAssetClass(), row); });
    connect(m_utilizationChart, &ModelBarChart::rowClicked, this,
        [this](int row) { drillDown(m_portfolio->byUtilization(), row); });
    connect(m_ui->programTable, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { drillDown(m_portfolio->byProgram(), index.row()); });
    connect(m_portfolio, &Models::PortfolioModel::changed, this, &PortfolioPage::updateTotals);
    connect(m_loader, &Models::PortfolioLoader::progress, this, &PortfolioPage::updateProgress);
    connect(m_loader, &Models::PortfolioLoader::finished, this, &PortfolioPage::loadFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PortfolioPage::cancel);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] { load(m_filter, m_description); });
    m_ui->cancelButton->hide();
    m_ui->progressBar->hide();
    TableBehaviour::applyToTablesOf(this); // Ctrl+C copies cells, Tab moves on, right-click offers row actions
}

PortfolioPage::~PortfolioPage() = default;

void PortfolioPage::load(const Api::LeadQuery& filter, const QString& description)
{
    m_filter = filter;
    m_description = description;
    m_ui->filterLabel->setText(tr("<b>Portfolio</b> of %1").arg(description.toHtmlEscaped()));
    m_ui->statusLabel->setText(tr("Loading the leads and their credit lines…"));
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_ui->reloadButton->setEnabled(false);
    m_loader->start(filter);
}

void PortfolioPage::cancel()
{
    m_loader->cancel();
}

void PortfolioPage::updateProgress(qint64 loaded, qint64 total)
{
    if (total > 0) {
        // QProgressBar holds ints; per mille keeps any portfolio size in range.
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(loaded * 1000 / total));
    }
    m_ui->progressBar->setFormat(tr("%1 of %2 leads")
                                     .arg(Core::MoneyFormatter::groupDigits(loaded),
                                         total < 0 ? tr("?") : Core::MoneyFormatter::groupDigits(total)));
}

void PortfolioPage::loadFinished(const Api::ApiError& error)
{
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->reloadButton->setEnabled(true);
    const QString counted = Core::MoneyFormatter::groupDigits(m_portfolio->leadCount());
    if (!error.isError()) {
        m_ui->statusLabel->setText(tr("All %1 leads loaded. Click a bar or slice to list its leads.").arg(counted));
    } else if (error.band() == Api::ApiError::Band::Cancelled) {
        m_ui->statusLabel->setText(
            tr("Stopped after %1 of %2 leads: the figures cover only those.")
                .arg(counted, Core::MoneyFormatter::groupDigits(std::max<qint64>(0, m_loader->total()))));
    } else {
        m_ui->statusLabel->setText(tr("Stopped after %1 leads: %2 The figures cover only those; Reload to try again.")
                                       .arg(counted, error.message()));
    }
}

void PortfolioPage::updateTotals()
{
    m_leadsTile->setValue(Core::MoneyFormatter::groupDigits(m_portfolio->leadCount()));
    m_approvedTile->setValue(Core::MoneyFormatter::format(m_portfolio->approved()));
    m_outstandingTile->setValue(Core::MoneyFormatter::format(m_portfolio->outstanding()));
    m_availableTile->setValue(Core::MoneyFormatter::format(m_portfolio->available()));
    // The program table shows every program (the page scrolls), not one row in a box of its own.
    QTableView* programs = m_ui->programTable;
    programs->setMinimumHeight(programs->horizontalHeader()->sizeHint().height()
        + std::max(3, programs->model()->rowCount()) * programs->verticalHeader()->defaultSectionSize()
        + 2 * programs->frameWidth() + 2);
    if (m_portfolio->leadsWithoutLine() > 0) {
        m_leadsTile->setToolTip(tr("%1 of them have no credit line yet")
                                    .arg(Core::MoneyFormatter::groupDigits(m_portfolio->leadsWithoutLine())));
    }
}

void PortfolioPage::drillDown(const PortfolioBreakdownModel* breakdown, int row)
{
    if (row < 0 || row >= breakdown->rowCount()) {
        return;
    }
    const QString description = tr("%1: %2").arg(
        breakdown->headerData(PortfolioBreakdownModel::Category, Qt::Horizontal).toString(), breakdown->label(row));
    m_drilledBreakdown = breakdown;
    m_drilledRow = row;
    Q_EMIT leadsRequested(description, m_portfolio->leadsIn(breakdown, row));
}

ExportDialog* PortfolioPage::exportPortfolio()
{
    if (m_loader->isRunning()) {
        MessageBox::question(this, tr("Export Portfolio"),
            tr("The portfolio is still loading (%1 of %2 leads). Export it once it has loaded, so the workbook "
               "holds every lead.")
                .arg(m_loader->loaded())
                .arg(m_loader->total()),
            QMessageBox::Ok, QMessageBox::Ok);
        return nullptr;
    }
    ExportOptionsDialog options(tr("Export Portfolio"),
        tr("The portfolio of %1: totals, exposure by program, DPD buckets, NPA classes, utilization bands, and "
           "the %n leads behind them.",
            nullptr, int(m_portfolio->leadCount()))
            .arg(m_description),
        this);
    const QString drilled = QStringLiteral("drillDownOnly");
    if (m_drilledBreakdown && m_drilledRow < m_drilledBreakdown->rowCount()) {
        options.addOption(drilled,
            tr("&Leads sheet: only the %n leads of “%1”", nullptr, int(m_drilledBreakdown->leadCount(m_drilledRow)))
                .arg(m_drilledBreakdown->label(m_drilledRow)),
            tr("The drill-down you opened last; the other sheets still cover the whole portfolio."));
    }
    const std::optional<QStringList> chosen = options.ask();
    if (!chosen) {
        return nullptr;
    }
    const QString path = FileDialog::saveFileName(this, tr("Export Portfolio"),
        tr("portfolio-%1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))),
        FileDialog::Purpose::Export);
    if (path.isEmpty()) {
        return nullptr;
    }
    const bool onlyDrilled = chosen->contains(drilled);
    Export::PortfolioReport report
        = Models::PortfolioExport::report(*m_portfolio, m_description == tr("All leads") ? QString() : m_description,
            m_session->reportName(), onlyDrilled ? m_drilledBreakdown : nullptr, onlyDrilled ? m_drilledRow : -1);
    return ExportDialog::follow(new Models::PortfolioExport(std::move(report), path), this);
}

} // namespace Crego::Widgets
