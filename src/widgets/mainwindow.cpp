// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "createleaddialog.h"
#include "cregoclient.h"
#include "leadlistmodel.h"
#include "messagebox.h"
#include "leaddetailpage.h"
#include "leadlistpage.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>

namespace Crego::Widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connectionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Not connected"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    setWindowIcon(QIcon(QStringLiteral(":/icons/crego-desk.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->workspaceTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_ui->workspaceTabs->widget(index);
        if (page != m_leadList) {
            m_ui->workspaceTabs->removeTab(index);
            page->deleteLater();
        }
    });
    connect(m_ui->actionFullScreen, &QAction::toggled, this,
        [this](bool fullScreen) { fullScreen ? showFullScreen() : showNormal(); });
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionDescription(const QString& description)
{
    m_connectionLabel->setText(description);
}

void MainWindow::showLeads(Api::CregoClient* client)
{
    if (m_leadList) {
        return;
    }
    m_client = client;
    m_leadList = new LeadListPage(client, this);
    connect(m_leadList, &LeadListPage::leadActivated, this, &MainWindow::openLead);
    m_leadList->setObjectName(QStringLiteral("leadListPage"));
    m_ui->workspaceTabs->removeTab(m_ui->workspaceTabs->indexOf(m_ui->welcomePage));
    m_ui->workspaceTabs->insertTab(0, m_leadList, tr("Leads"));
    m_ui->workspaceTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list stays open
    m_ui->workspaceTabs->setCurrentIndex(0);
    auto* refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_leadList, &LeadListPage::refresh);
    auto* find = new QAction(tr("&Find Leads"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_leadList, &LeadListPage::focusSearch);
    m_ui->menuView->addActions({ refresh, find });
    auto* newLead = new QAction(tr("&New Lead…"), this);
    newLead->setObjectName(QStringLiteral("actionNewLead"));
    newLead->setShortcut(QKeySequence::New);
    connect(newLead, &QAction::triggered, this, &MainWindow::createLead);
    auto* deleteLead = new QAction(tr("&Delete Lead…"), this);
    deleteLead->setObjectName(QStringLiteral("actionDeleteLead"));
    deleteLead->setShortcut(QKeySequence::Delete);
    deleteLead->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_leadList->addAction(deleteLead);
    connect(deleteLead, &QAction::triggered, this, &MainWindow::deleteSelectedLead);
    m_ui->menuFile->insertActions(m_ui->actionQuit, { newLead, deleteLead });
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    m_leadList->refresh();
}

void MainWindow::openLead(const QString& leadId)
{
    for (int index = 0; index < m_ui->workspaceTabs->count(); ++index) {
        auto* page = qobject_cast<LeadDetailPage*>(m_ui->workspaceTabs->widget(index));
        if (page && page->leadId() == leadId) {
            m_ui->workspaceTabs->setCurrentIndex(index);
            return;
        }
    }
    auto* page = new LeadDetailPage(m_client, leadId, this);
    const int index = m_ui->workspaceTabs->addTab(page, tr("Lead"));
    connect(page, &LeadDetailPage::titleChanged, this, [this, page](const QString& title) {
        m_ui->workspaceTabs->setTabText(m_ui->workspaceTabs->indexOf(page), title);
    });
    m_ui->workspaceTabs->setCurrentIndex(index);
}

void MainWindow::createLead()
{
    if (!m_leadList) {
        return;
    }
    // The programs the list has seen; an id can be typed for any other.
    QList<QPair<QString, QString>> programs;
    QSet<QString> seen;
    const Models::LeadListModel* model = m_leadList->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Core::Lead& lead = model->lead(row);
        if (lead.lineSummary && !seen.contains(lead.lineSummary->programId)) {
            seen.insert(lead.lineSummary->programId);
            programs.append({ lead.lineSummary->programId, lead.lineSummary->programName });
        }
    }
    std::sort(programs.begin(), programs.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    auto* dialog = new CreateLeadDialog(m_client, programs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateLeadDialog::leadCreated, this, [this](const Core::Lead& lead) {
        m_leadList->refresh();
        openLead(lead.id);
    });
    dialog->open();
}

void MainWindow::deleteSelectedLead()
{
    if (!m_leadList) {
        return;
    }
    const QModelIndex current = m_leadList->findChild<QTableView*>(QStringLiteral("leadTable"))->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Core::Lead lead = m_leadList->model()->lead(current.row());
    const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Delete Lead"),
        tr("Delete the lead “%1” (%2) with its applicants, bank accounts, documents and addresses?\n"
           "This cannot be undone.")
            .arg(lead.displayName(), lead.refId),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_client->deleteLead(lead.id, this, [this, lead](const Api::ApiResult<Api::Done>& result) {
        if (!result.ok() && result.error().band() != Api::ApiError::Band::NotFound) {
            statusBar()->showMessage(tr("“%1” was not deleted: %2").arg(lead.displayName(), result.error().message()), 10000);
            return;
        }
        m_leadList->model()->removeLead(lead.id);
        statusBar()->showMessage(tr("Deleted “%1”.").arg(lead.displayName()), 5000);
    });
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Crego::Widgets
