// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistpage.h"

#include "ui_leadlistpage.h"

#include "flowlayout.h"

#include "codetext.h"
#include "dpdbucket.h"
#include "exportdialog.h"
#include "exportoptionsdialog.h"
#include "filedialog.h"
#include "leadcolumns.h"
#include "leadlistexport.h"
#include "leadlistmodel.h"
#include "moneyformatter.h"
#include "preferences.h"
#include "programcatalogue.h"
#include "roles.h"
#include "serverleadexport.h"

#include "session.h"
#include "tablebehaviour.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>

namespace Crego::Widgets {

using Models::LeadListModel;

LeadListPage::LeadListPage(Api::Session* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LeadListPage>())
    , m_session(session)
    , m_model(new LeadListModel(session->client(), this))
    , m_programs(new Models::ProgramCatalogue(session->client(), this))
{
    m_ui->setupUi(this);
    arrangeFilterBar();
    m_ui->leadTable->setModel(m_model);
    m_visibleRowsChanged.setSingleShot(true);
    m_visibleRowsChanged.setInterval(0);
    connect(&m_visibleRowsChanged, &QTimer::timeout, this, &LeadListPage::fetchVisibleLines);
    const auto visibleRowsChanged = [this] { m_visibleRowsChanged.start(); };
    // Scrolled: the pages shown are asked for at once, so they are on their way while "Loading…" is painted.
    connect(m_ui->leadTable->verticalScrollBar(), &QScrollBar::valueChanged, this, &LeadListPage::fetchVisibleLines);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, visibleRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, visibleRowsChanged);
    connect(m_model, &LeadListModel::rowsLoaded, this, visibleRowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, visibleRowsChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, visibleRowsChanged);
    m_ui->leadTable->viewport()->installEventFilter(this);
    m_ui->leadTable->verticalHeader()->hide();
    m_ui->leadTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->leadTable->horizontalHeader()->setSortIndicator(LeadListModel::Created, Qt::DescendingOrder);
    m_ui->leadTable->horizontalHeader()->setSortIndicatorShown(true);
    static constexpr int Widths[LeadListModel::ColumnCount] = { 210, 95, 120, 190, 90, 125, 145, 90, 75, 100 };
    for (int column = 0; column < LeadListModel::ColumnCount; ++column) {
        m_ui->leadTable->setColumnWidth(column, Widths[column]);
    }

    m_ui->statusFilter->addItem(tr("Any"), QString());
    for (const char* status : { "created", "in_review", "approved", "disbursed", "rejected", "closed" }) {
        m_ui->statusFilter->addItem(Core::CodeText::humanize(QString::fromLatin1(status)), QString::fromLatin1(status));
    }
    m_ui->programFilter->addItem(tr("Any"), QString());
    m_ui->productFilter->addItem(tr("Any"), QString());
    m_ui->productFilter->addItem(tr("Supply-chain finance"), QStringLiteral("scf"));
    m_ui->productFilter->addItem(tr("Term loan"), QStringLiteral("term_loan"));
    m_ui->npaFilter->addItem(tr("Any"), QString());
    m_ui->npaFilter->addItem(tr("Standard (STD)"), QStringLiteral("STD"));
    m_ui->npaFilter->addItem(tr("Sub-standard (SUB)"), QStringLiteral("SUB"));
    m_ui->npaFilter->addItem(tr("Doubtful (DBT)"), QStringLiteral("DBT"));
    m_ui->npaFilter->addItem(tr("Loss (LOSS)"), QStringLiteral("LOSS"));
    m_ui->bucketFilter->addItem(tr("Any"), -1);
    for (int bucket = Core::DpdBucket::Current; bucket <= Core::DpdBucket::Npa; ++bucket) {
        const Core::DpdBucket value = Core::DpdBucket::fromValue(Core::DpdBucket::Value(bucket));
        m_ui->bucketFilter->addItem(tr("%1 (%2)").arg(value.code(), value.rangeText()), bucket);
    }

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, &LeadListPage::applyQuery);
    connect(m_ui->npaFilter, &QComboBox::currentIndexChanged, this, &LeadListPage::applyQuery);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &LeadListPage::applyQuery);
    connect(m_ui->productFilter, &QComboBox::currentIndexChanged, this, &LeadListPage::applyQuery);
    connect(m_ui->programFilter, &QComboBox::currentIndexChanged, this, &LeadListPage::applyQuery);
    connect(m_programs, &Models::ProgramCatalogue::changed, this, &LeadListPage::fillProgramFilter);
    connect(m_model, &LeadListModel::rowsLoaded, this, &LeadListPage::collectPrograms);
    buildColumnMenu();
    connect(m_ui->leadTable->horizontalHeader(), &QHeaderView::sectionResized, this, &LeadListPage::saveSettings);
    connect(m_ui->leadTable->horizontalHeader(), &QHeaderView::sectionMoved, this, &LeadListPage::saveSettings);
    connect(m_ui->bucketFilter, &QComboBox::currentIndexChanged, this, &LeadListPage::applyQuery);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LeadListPage::refresh);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &LeadListPage::refresh);
    connect(m_ui->leadTable, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { Q_EMIT leadActivated(index.data(Models::IdRole).toString()); });
    // The row's actions on a right-click (Delete Lead… joins them from the main window).
    auto* open = new QAction(tr("&Open"), m_ui->leadTable);
    connect(open, &QAction::triggered, this, [this] {
        if (const std::optional<Core::Lead> lead = currentLead()) {
            Q_EMIT leadActivated(lead->id);
        }
    });
    auto* openInWindow = new QAction(tr("Open in New &Window"), m_ui->leadTable);
    connect(openInWindow, &QAction::triggered, this, [this] {
        if (const std::optional<Core::Lead> lead = currentLead()) {
            Q_EMIT leadInNewWindowRequested(lead->id);
        }
    });
    m_ui->leadTable->addActions({ open, openInWindow });
    connect(m_model, &LeadListModel::stateChanged, this, &LeadListPage::updateState);
    connect(m_model, &LeadListModel::totalCountChanged, this, &LeadListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeadListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LeadListPage::updateCount);
    connect(m_ui->portfolioButton, &QPushButton::clicked, this, &LeadListPage::portfolioRequested);
    connect(m_ui->showAllButton, &QPushButton::clicked, this, &LeadListPage::refresh);
    connect(m_model, &LeadListModel::selectionChanged, this, [this](const QString& selection) {
        m_ui->selectionBar->setVisible(!selection.isEmpty());
        m_ui->selectionLabel->setText(tr("Portfolio selection: the leads counted in “%1”.").arg(selection));
    });
    m_ui->selectionBar->hide();
    updateState();
    TableBehaviour::applyToTablesOf(this); // Ctrl+C copies cells, Tab moves on, right-click offers row actions
}

void LeadListPage::showSelection(const QString& description, const QList<Core::Lead>& leads)
{
    m_model->showSelection(description, leads);
    // In the order the header's arrow shows, not the order the portfolio met them in.
    const QHeaderView* header = m_ui->leadTable->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

QString LeadListPage::filterDescription() const
{
    QStringList parts;
    if (!m_ui->searchEdit->text().trimmed().isEmpty()) {
        parts.append(tr("Search: “%1”").arg(m_ui->searchEdit->text().trimmed()));
    }
    const QList<QPair<QLabel*, QComboBox*>> filters { { m_ui->statusLabel, m_ui->statusFilter },
        { m_ui->programLabel, m_ui->programFilter }, { m_ui->productLabel, m_ui->productFilter },
        { m_ui->npaLabel, m_ui->npaFilter }, { m_ui->bucketLabel, m_ui->bucketFilter } };
    for (const auto& [label, filter] : filters) {
        if (filter->currentIndex() > 0) {
            parts.append(tr("%1 %2").arg(label->text().remove(u'&'), filter->currentText()));
        }
    }
    return parts.isEmpty() ? tr("All leads") : parts.join(QStringLiteral(" · "));
}

LeadListPage::~LeadListPage() = default;

void LeadListPage::arrangeFilterBar()
{
    // The search box, each filter with its label, and the buttons flow into a second row where one row
    // would squeeze them (1280 pixels and less).
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto* flow = new FlowLayout(bar, 12);
    m_ui->searchEdit->setMinimumWidth(320);
    flow->addWidget(m_ui->searchEdit);
    const std::pair<QLabel*, QComboBox*> filters[] = { { m_ui->statusLabel, m_ui->statusFilter },
        { m_ui->programLabel, m_ui->programFilter }, { m_ui->productLabel, m_ui->productFilter },
        { m_ui->npaLabel, m_ui->npaFilter }, { m_ui->bucketLabel, m_ui->bucketFilter } };
    for (const auto& [label, combo] : filters) {
        auto* group = new QWidget(bar);
        auto* layout = new QHBoxLayout(group);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(6);
        layout->addWidget(label);
        layout->addWidget(combo);
        flow->addWidget(group);
    }
    flow->addWidget(m_ui->columnsButton);
    flow->addWidget(m_ui->refreshButton);
    const int at = m_ui->pageLayout->indexOf(m_ui->toolbarLayout);
    m_ui->pageLayout->removeItem(m_ui->toolbarLayout);
    delete m_ui->toolbarLayout;
    m_ui->toolbarLayout = nullptr;
    m_ui->pageLayout->insertWidget(at, bar);
    QWidget* order[] = { m_ui->searchEdit, m_ui->statusFilter, m_ui->programFilter, m_ui->productFilter,
        m_ui->npaFilter, m_ui->bucketFilter, m_ui->columnsButton, m_ui->refreshButton, m_ui->leadTable };
    for (size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
}

QTableView* LeadListPage::table() const
{
    return m_ui->leadTable;
}

std::optional<Core::Lead> LeadListPage::currentLead() const
{
    const QModelIndex current = m_ui->leadTable->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    const Core::Lead* lead = m_model->leadAt(current.row());
    return lead ? std::optional<Core::Lead>(*lead) : std::nullopt;
}

bool LeadListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->leadTable->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        m_visibleRowsChanged.start();
    }
    return QWidget::eventFilter(watched, event);
}

void LeadListPage::fetchVisibleLines()
{
    const QTableView* table = m_ui->leadTable;
    const int first = table->rowAt(0);
    if (first < 0 || !table->isVisible()) {
        return;
    }
    int last = table->rowAt(table->viewport()->height() - 1);
    last = last < 0 ? m_model->rowCount() - 1 : last;
    m_model->fetchRows(first, last);
    m_model->fetchLines(first, last);
}

void LeadListPage::refresh()
{
    m_model->reload();
}

void LeadListPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void LeadListPage::applyQuery()
{
    Api::LeadQuery query = m_model->query();
    query.page = 1;
    query.pageSize = Preferences::load().rowsPerPage;
    query.search = m_ui->searchEdit->text().trimmed();
    const QString status = m_ui->statusFilter->currentData().toString();
    query.statuses = status.isEmpty() ? QStringList() : QStringList { status };
    query.productType = m_ui->productFilter->currentData().toString();
    query.programId = m_ui->programFilter->currentData().toString();
    const QString npa = m_ui->npaFilter->currentData().toString();
    query.npaCategories = npa.isEmpty() ? QStringList() : QStringList { npa };
    const int bucket = m_ui->bucketFilter->currentData().toInt();
    query.dpdMin.reset();
    query.dpdMax.reset();
    if (bucket >= 0) {
        const Core::DpdBucket value = Core::DpdBucket::fromValue(Core::DpdBucket::Value(bucket));
        query.dpdMin = value.minDays();
        if (value.maxDays() >= 0) {
            query.dpdMax = value.maxDays();
        }
    }
    if (query != m_model->query()) {
        m_model->setQuery(query);
    }
    saveSettings();
}

void LeadListPage::collectPrograms(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Core::Lead* lead = m_model->leadAt(row);
        if (lead && lead->lineSummary) {
            m_programs->note(lead->lineSummary->programId, lead->lineSummary->programName);
        }
    }
}

void LeadListPage::fillProgramFilter()
{
    const QSignalBlocker blocker(m_ui->programFilter);
    const QString chosen = m_ui->programFilter->currentData().toString();
    while (m_ui->programFilter->count() > 1) { // 0 is "Any"
        m_ui->programFilter->removeItem(1);
    }
    for (const auto& [id, name] : m_programs->programs()) {
        m_ui->programFilter->addItem(name, id);
    }
    m_ui->programFilter->setCurrentIndex(std::max(0, m_ui->programFilter->findData(chosen)));
}

void LeadListPage::buildColumnMenu()
{
    auto* menu = new QMenu(this);
    for (int column = 0; column < LeadListModel::ColumnCount; ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(true);
        action->setEnabled(column != LeadListModel::Name); // a lead always shows its name
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            m_ui->leadTable->setColumnHidden(column, !visible);
            saveSettings();
        });
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const QList<QAction*> actions = menu->actions();
        for (int column = 0; column < actions.size(); ++column) {
            const QSignalBlocker blocker(actions[column]);
            actions[column]->setChecked(!m_ui->leadTable->isColumnHidden(column));
        }
    });
    m_ui->columnsButton->setMenu(menu);
}

void LeadListPage::setSettingsKey(const QString& key)
{
    m_settingsKey = key;
    m_programs->setProfileKey(key);
    m_programs->refresh();
    restoreSettings();
}

void LeadListPage::saveSettings() const
{
    if (m_settingsKey.isEmpty()) {
        return;
    }
    QSettings settings;
    settings.beginGroup(QStringLiteral("leadList/") + m_settingsKey);
    settings.setValue(QStringLiteral("header"), m_ui->leadTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("search"), m_ui->searchEdit->text());
    settings.setValue(QStringLiteral("status"), m_ui->statusFilter->currentIndex());
    settings.setValue(QStringLiteral("product"), m_ui->productFilter->currentIndex());
    settings.setValue(QStringLiteral("npa"), m_ui->npaFilter->currentIndex());
    settings.setValue(QStringLiteral("dpd"), m_ui->bucketFilter->currentIndex());
}

void LeadListPage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("leadList/") + m_settingsKey);
    if (!settings.contains(QStringLiteral("header"))) {
        return;
    }
    const QSignalBlocker searchBlocker(m_ui->searchEdit);
    const QSignalBlocker statusBlocker(m_ui->statusFilter);
    const QSignalBlocker productBlocker(m_ui->productFilter);
    const QSignalBlocker npaBlocker(m_ui->npaFilter);
    const QSignalBlocker dpdBlocker(m_ui->bucketFilter);
    m_ui->leadTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    m_ui->searchEdit->setText(settings.value(QStringLiteral("search")).toString());
    m_ui->statusFilter->setCurrentIndex(settings.value(QStringLiteral("status")).toInt());
    m_ui->productFilter->setCurrentIndex(settings.value(QStringLiteral("product")).toInt());
    m_ui->npaFilter->setCurrentIndex(settings.value(QStringLiteral("npa")).toInt());
    m_ui->bucketFilter->setCurrentIndex(settings.value(QStringLiteral("dpd")).toInt());
    applyQuery();
}

void LeadListPage::updateState()
{
    const LeadListModel::State state = m_model->state();
    const bool showTable
        = state == LeadListModel::State::Loaded || (state == LeadListModel::State::Loading && m_model->rowCount() > 0);
    m_ui->stack->setCurrentWidget(showTable ? static_cast<QWidget*>(m_ui->leadTable) : m_ui->messagePage);
    m_ui->retryButton->setVisible(state == LeadListModel::State::Error);
    switch (state) {
    case LeadListModel::State::Idle:
    case LeadListModel::State::Loading:
        m_ui->messageLabel->setText(tr("Loading leads…"));
        break;
    case LeadListModel::State::Empty:
        m_ui->messageLabel->setText(m_model->query().search.isEmpty()
                ? tr("No leads match these filters.")
                : tr("No leads match “%1”.").arg(m_model->query().search));
        break;
    case LeadListModel::State::Error:
        m_ui->messageLabel->setText(tr("The leads could not be loaded.\n%1").arg(m_model->errorMessage()));
        break;
    case LeadListModel::State::Loaded:
        break;
    }
    updateCount();
}

void LeadListPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    QString text;
    if (total >= 0 && total == m_model->rowCount()) {
        text = tr("%1 leads").arg(Core::MoneyFormatter::groupDigits(total));
    } else if (total >= 0) {
        text = tr("Showing %1 of %2 leads")
                   .arg(Core::MoneyFormatter::groupDigits(m_model->rowCount()),
                       Core::MoneyFormatter::groupDigits(total));
    }
    if (m_model->loadsInOrder() && m_model->canFetchMore(QModelIndex())) {
        text += u' ' + tr("This server hands out its pages in order: more rows load as you scroll down.");
    }
    if (const int unreadable = m_model->unreadable(); unreadable > 0) {
        text += u' ' + unreadableText(unreadable);
    }
    m_ui->countLabel->setText(text);
}

QString LeadListPage::unreadableText(int count)
{
    return count == 1 ? tr("(1 lead could not be read and is left out.)")
                      : tr("(%1 leads could not be read and are left out.)").arg(count);
}

ExportDialog* LeadListPage::exportLeads()
{
    const bool selection = m_model->isSelection();
    const QString what = selection
        ? tr("The %n leads of “%1” that the list shows (a portfolio drill-down).", nullptr, m_model->rowCount())
              .arg(m_model->selection())
        : filterDescription() == tr("All leads")
        ? tr("Every lead — all pages, not only those loaded — in the columns shown and their order.")
        : tr("Every lead matching %1 — all pages, not only those loaded — in the columns shown and their order.")
              .arg(filterDescription());
    ExportOptionsDialog options(tr("Export Leads"), what, this);
    options.addOption(QStringLiteral("allColumns"), tr("&All columns, not only those shown"));
    if (!selection) {
        options.addOption(QStringLiteral("serverExport"), tr("&Server export"),
            tr("Ask the server for its own workbook of these leads instead of writing one here."));
    }
    const std::optional<QStringList> chosen = options.ask();
    if (!chosen) {
        return nullptr;
    }
    const QString path = FileDialog::saveFileName(this, tr("Export Leads"),
        tr("leads-%1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))),
        FileDialog::Purpose::Export);
    if (path.isEmpty()) {
        return nullptr;
    }
    if (chosen->contains(u"serverExport")) {
        return ExportDialog::follow(new Models::ServerLeadExport(m_session->client(), m_model->query(), path), this);
    }
    // "Export what I see": the visible columns, in the order the user arranged them.
    QStringList columns;
    const QHeaderView* header = m_ui->leadTable->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) || chosen->contains(u"allColumns")) {
            columns.append(Models::LeadListExport::columnKey(logical));
        }
    }
    columns.removeAll(QString());
    if (chosen->contains(u"allColumns")) {
        for (const QString& key : Export::LeadColumns::keys()) {
            if (!columns.contains(key)) {
                columns.append(key); // those the list has no column for, at the end
            }
        }
    }
    const QString filters = selection ? m_model->selection() : filterDescription();
    const Export::LeadListWorkbook::Description description { filters == tr("All leads") ? QString() : filters,
        m_session->reportName(), QDateTime::currentDateTime(), false };
    if (selection) {
        QList<Core::Lead> leads;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            leads.append(*m_model->leadAt(row)); // a selection: every lead is here
        }
        return ExportDialog::follow(new Models::LeadListExport(leads, columns, description, path), this);
    }
    return ExportDialog::follow(
        new Models::LeadListExport(m_session->client(), m_model->query(), columns, description, path), this);
}

} // namespace Crego::Widgets
