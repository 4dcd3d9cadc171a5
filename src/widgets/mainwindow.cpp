// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "leaddetailpage.h"
#include "leadlistpage.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTabBar>

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

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Crego::Widgets
