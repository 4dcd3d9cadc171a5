// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "connectiondialog.h"
#include "connectionmonitor.h"
#include "createleaddialog.h"
#include "cregoclient.h"
#include "leaddetailpage.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "messagebox.h"
#include "portfoliopage.h"
#include "tokenstore.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>

namespace Crego::Widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connectionLabel(new QLabel(this))
    , m_onlineLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Not connected"));
    m_onlineLabel->setObjectName(QStringLiteral("onlineLabel"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
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
    if (m_profile) {
        m_leadList->setSettingsKey(m_profile->key());
    }
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
    auto* portfolio = new QAction(tr("&Portfolio Dashboard"), this);
    portfolio->setObjectName(QStringLiteral("actionPortfolio"));
    portfolio->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(portfolio, &QAction::triggered, this, &MainWindow::showPortfolio);
    connect(m_leadList, &LeadListPage::portfolioRequested, this, &MainWindow::showPortfolio);
    m_ui->menuView->addActions({ refresh, find, portfolio });
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
    if (m_leadList->model()->state() == Models::LeadListModel::State::Idle) {
        m_leadList->refresh(); // restored filters have already started the first load otherwise
    }
}

void MainWindow::setConnection(Api::CregoClient* client, Api::TokenStore* tokens, const Api::ConnectionProfile& profile,
    const std::optional<Api::ConnectionProfile>& sandbox)
{
    m_client = client;
    m_tokens = tokens;
    m_profile = profile;
    m_sandboxProfile = sandbox;
    setConnectionDescription(tr("%1 · %2").arg(profile.displayName(), profile.baseUrl().toString()));
    connect(&client->transport(), &Api::ApiTransport::authenticationRequired, this, [this] {
        showConnectionDialog(tr("The server did not accept the token (it may have expired). Your work is "
                                "kept; enter a new token to go on."));
    });
    connect(&client->transport(), &Api::ApiTransport::activeCountChanged, this,
        [this](int count) { m_busyLabel->setText(count > 0 ? tr("Working… (%1)").arg(count) : QString()); });
    m_monitor = new Api::ConnectionMonitor(client, this);
    connect(m_monitor, &Api::ConnectionMonitor::onlineChanged, this,
        [this](bool online) { m_onlineLabel->setText(online ? tr("● Online") : tr("○ Offline")); });
    m_onlineLabel->setText(tr("Connecting…"));
    m_monitor->start();

    auto* connectAction = new QAction(tr("&Connect…"), this);
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connect(connectAction, &QAction::triggered, this, [this] { showConnectionDialog(); });
    auto* signOut = new QAction(tr("Sign &Out"), this);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    connect(signOut, &QAction::triggered, this, [this] {
        m_tokens->remove(m_profile->key());
        m_client->transport().setToken(QString());
        statusBar()->showMessage(tr("Signed out; the token was removed."), 5000);
    });
    m_ui->menuFile->insertActions(m_ui->menuFile->actions().value(0), { connectAction, signOut });
}

std::optional<Api::ConnectionProfile::Kind> MainWindow::rememberedKind()
{
    QSettings settings;
    if (!settings.contains(QStringLiteral("connection/kind"))) {
        return std::nullopt;
    }
    return Api::ConnectionProfile::Kind(settings.value(QStringLiteral("connection/kind")).toInt());
}

Api::ConnectionProfile MainWindow::rememberedProfile()
{
    QSettings settings;
    const auto kind = Api::ConnectionProfile::Kind(
        settings.value(QStringLiteral("connection/kind"), int(Api::ConnectionProfile::Kind::Preprod)).toInt());
    const QUrl url(settings.value(QStringLiteral("connection/url")).toString());
    if (kind == Api::ConnectionProfile::Kind::Custom && Api::ConnectionProfile::checkUrl(url).isEmpty()) {
        return Api::ConnectionProfile::custom(url);
    }
    return Api::ConnectionProfile::preprod();
}

void MainWindow::showConnectionDialog(const QString& reason)
{
    if (!m_client || m_connectionDialogOpen) {
        return;
    }
    m_connectionDialogOpen = true;
    auto* dialog = new ConnectionDialog(m_sandboxProfile, this);
    dialog->setObjectName(QStringLiteral("connectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(reason);
    // The built-in sandbox's token is no secret from its own user: prefill it so Connect just works.
    const bool sandbox = m_profile->kind() == Api::ConnectionProfile::Kind::Sandbox;
    dialog->setCurrent(*m_profile, sandbox ? m_client->transport().token() : QString());
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_connectionDialogOpen = false;
        const std::optional<Api::ConnectionProfile> profile = dialog->profile();
        if (result != QDialog::Accepted || !profile) {
            m_client->transport().abandonHeldCalls();
            return;
        }
        const bool moved = profile->baseUrl() != m_profile->baseUrl();
        m_profile = profile;
        m_client->transport().setBaseUrl(profile->baseUrl());
        m_tokens->save(profile->key(), dialog->token());
        m_client->transport().setToken(dialog->token()); // held calls go again
        QSettings settings;
        settings.setValue(QStringLiteral("connection/kind"), int(profile->kind()));
        if (profile->kind() != Api::ConnectionProfile::Kind::Sandbox) {
            settings.setValue(QStringLiteral("connection/url"), profile->baseUrl().toString());
        }
        setConnectionDescription(tr("%1 · %2").arg(profile->displayName(), profile->baseUrl().toString()));
        if (moved && m_leadList) {
            m_leadList->refresh();
        }
        m_monitor->checkNow();
    });
    dialog->open();
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
        const int tab = m_ui->workspaceTabs->indexOf(page);
        if (tab >= 0) {
            m_ui->workspaceTabs->setTabText(tab, title);
        } else {
            page->setWindowTitle(tr("%1 — Crego Desk").arg(title));
        }
    });
    connect(page, &LeadDetailPage::detachRequested, this, [this, page] {
        // Its own top-level window, beside the main one, to compare two borrowers.
        const QString title = m_ui->workspaceTabs->tabText(m_ui->workspaceTabs->indexOf(page));
        m_ui->workspaceTabs->removeTab(m_ui->workspaceTabs->indexOf(page));
        page->setParent(this, Qt::Window);
        page->setAttribute(Qt::WA_DeleteOnClose);
        page->setWindowTitle(tr("%1 — Crego Desk").arg(title));
        page->resize(1000, 640);
        page->show();
    });
    m_ui->workspaceTabs->setCurrentIndex(index);
}

void MainWindow::showPortfolio()
{
    if (!m_leadList) {
        return;
    }
    if (!m_portfolio) {
        m_portfolio = new PortfolioPage(m_client, this);
        m_portfolio->setObjectName(QStringLiteral("portfolioPage"));
        connect(m_portfolio, &PortfolioPage::leadsRequested, this,
            [this](const QString& description, const QList<Core::Lead>& leads) {
                m_leadList->showSelection(description, leads);
                m_ui->workspaceTabs->setCurrentWidget(m_leadList);
            });
    }
    if (m_ui->workspaceTabs->indexOf(m_portfolio) < 0) {
        m_ui->workspaceTabs->insertTab(1, m_portfolio, tr("Portfolio"));
    }
    m_ui->workspaceTabs->setCurrentWidget(m_portfolio);
    m_portfolio->load(m_leadList->model()->query(), m_leadList->filterDescription());
}

void MainWindow::createLead()
{
    if (!m_leadList) {
        return;
    }
    // The programs the list has seen; an id can be typed for any other.
    const QList<QPair<QString, QString>> programs = m_leadList->programsSeen();
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
            statusBar()->showMessage(
                tr("“%1” was not deleted: %2").arg(lead.displayName(), result.error().message()), 10000);
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
