// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "apptheme.h"
#include "apptranslations.h"
#include "connectiondialog.h"
#include "createleaddialog.h"
#include "draftkeyring.h"
#include "draftstore.h"
#include "keyboardshortcutsdialog.h"
#include "leaddetailpage.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "messagebox.h"
#include "moneyformatter.h"
#include "portfoliopage.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "session.h"
#include "typetoconfirmdialog.h"

#include "datetext.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
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
    , m_drafts(new Models::DraftStore(
          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts"), this))
    , m_restoreButton(new QPushButton(this))
    , m_discardButton(new QPushButton(tr("Discard Them"), this))
{
    m_ui->setupUi(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Not connected"));
    m_onlineLabel->setObjectName(QStringLiteral("onlineLabel"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_restoreButton->setObjectName(QStringLiteral("restoreDraftsButton"));
    m_discardButton->setObjectName(QStringLiteral("discardDraftsButton"));
    for (QPushButton* button : { m_restoreButton, m_discardButton }) {
        button->setFlat(true);
        button->hide();
        statusBar()->addWidget(button);
    }
    connect(m_restoreButton, &QPushButton::clicked, this, &MainWindow::restoreDrafts);
    connect(m_discardButton, &QPushButton::clicked, this, &MainWindow::discardDrafts);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    if (!restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray())) {
        fitToScreen();
    }
    // The platform's own keys where it has them (Cmd+R to refresh on macOS, say).
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionFindLeads->setShortcut(QKeySequence::Find);
    m_ui->actionNewLead->setShortcut(QKeySequence::New);
    m_ui->actionCloseTab->setShortcut(QKeySequence::Close);
    m_ui->actionNextTab->setShortcut(QKeySequence::NextChild);
    m_ui->actionPreviousTab->setShortcut(QKeySequence::PreviousChild);
    connect(m_ui->actionCloseTab, &QAction::triggered, this,
        [this] { Q_EMIT m_ui->workspaceTabs->tabCloseRequested(m_ui->workspaceTabs->currentIndex()); });
    for (const auto& [action, step] :
        { std::pair { m_ui->actionNextTab, 1 }, std::pair { m_ui->actionPreviousTab, -1 } }) {
        connect(action, &QAction::triggered, this, [this, step = step] {
            const int count = m_ui->workspaceTabs->count();
            m_ui->workspaceTabs->setCurrentIndex((m_ui->workspaceTabs->currentIndex() + step + count) % count);
        });
    }
    m_ui->actionDeleteLead->setShortcut(QKeySequence::Delete);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, [this] {
        auto* dialog = new KeyboardShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionConnect, &QAction::triggered, this, [this] { showConnectionDialog(); });
    connect(m_ui->actionSignOut, &QAction::triggered, this, [this] {
        m_session->signOut();
        statusBar()->showMessage(tr("Signed out; the token was removed."), 5000);
    });
    connect(m_ui->actionNewLead, &QAction::triggered, this, &MainWindow::createLead);
    connect(m_ui->actionDeleteLead, &QAction::triggered, this, &MainWindow::deleteSelectedLead);
    connect(m_ui->actionPortfolio, &QAction::triggered, this, &MainWindow::showPortfolio);
    connect(m_ui->workspaceTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_ui->workspaceTabs->widget(index);
        if (auto* lead = qobject_cast<LeadDetailPage*>(page); lead && !lead->closeForms()) {
            return; // a form with unsaved changes stays open
        }
        if (page != m_leadList) {
            m_ui->workspaceTabs->removeTab(index);
            page->deleteLater();
        }
    });
    connect(m_ui->actionFullScreen, &QAction::toggled, this,
        [this](bool fullScreen) { fullScreen ? showFullScreen() : showNormal(); });
}

MainWindow::~MainWindow()
{
    // Pages destroyed below cancel their calls, and the session reports that: not to a half-destroyed window.
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
}

void MainWindow::fitToScreen()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    // Room for the window's frame and title bar, which the available area does not count.
    constexpr int FrameWidth = 16;
    constexpr int FrameHeight = 48;
    const QSize room = screen->availableGeometry().size() - QSize(FrameWidth, FrameHeight);
    resize(size().boundedTo(room));
}

void MainWindow::setSession(Api::Session* session)
{
    m_session = session;
    showConnection();
    connect(session, &Api::Session::signInRequired, this, [this] {
        showConnectionDialog(tr("The server did not accept the token (it may have expired). Your work is "
                                "kept; enter a new token to go on."));
    });
    connect(session, &Api::Session::activeCallsChanged, this,
        [this](int count) { m_busyLabel->setText(count > 0 ? tr("Working… (%1)").arg(count) : QString()); });
    connect(session, &Api::Session::connectionStateChanged, this, &MainWindow::showConnectionState);
    connect(session, &Api::Session::cachedDataShown, this, &MainWindow::showCachedData);
    connect(session, &Api::Session::profileChanged, this, [this] {
        showConnection();
        if (m_leadList) {
            m_leadList->refresh(); // what the list shows came from the other server
        }
    });
    connect(session, &Api::Session::profileChanged, this, &MainWindow::offerDrafts);
    auto* keyring = new Api::DraftKeyring(session->keychainEnabled(), this);
    connect(keyring, &Api::DraftKeyring::ready, this, [this](const QByteArray& key, bool persistent) {
        m_drafts->setKey(key, persistent);
        if (persistent) { // a key that dies with the process could never open the cache again
            m_session->keepReadsIn(
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/offline"), key);
        }
        m_draftsReady = true;
        offerDrafts();
    });
    keyring->load();
    if (session->connectionStateKnown()) { // a window opened afresh (a new language) on a running session
        showConnectionState(session->connectionState(), session->connectionReason());
    } else {
        m_onlineLabel->setText(tr("Connecting…"));
    }
    session->startMonitoring();
    m_ui->actionConnect->setEnabled(true);
    m_ui->actionSignOut->setEnabled(true);
}

void MainWindow::showConnectionState(Api::ConnectionMonitor::State state, const QString& reason)
{
    using State = Api::ConnectionMonitor::State;
    switch (state) {
    case State::Online:
        m_onlineLabel->setText(tr("● Online"));
        break;
    case State::Degraded:
        m_onlineLabel->setText(tr("◐ Degraded — %1").arg(reason));
        break;
    case State::Offline:
        m_onlineLabel->setText(m_session->cachedDataAsOf().isValid()
                ? tr("○ Offline — showing data as of %1")
                      .arg(m_session->cachedDataAsOf().toLocalTime().toString(QStringLiteral("HH:mm")))
                : tr("○ Offline — %1").arg(reason));
        break;
    }
    m_onlineLabel->setToolTip(state == State::Online ? tr("The last requests to the server worked.") : reason);
}

void MainWindow::showCachedData(const QDateTime& asOf)
{
    showConnectionState(m_session->connectionState(), m_session->connectionReason());
    const QString why = readOnlyReason();
    for (QAction* action : { m_ui->actionNewLead, m_ui->actionDeleteLead, m_ui->actionExport }) {
        action->setEnabled(!asOf.isValid() && m_leadList);
        action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
    }
    for (LeadDetailPage* page : findChildren<LeadDetailPage*>()) {
        page->setReadOnlyReason(why);
    }
    if (!asOf.isValid()) { // back online: read again what came from the cache
        if (m_leadList) {
            m_leadList->refresh();
        }
        for (LeadDetailPage* page : findChildren<LeadDetailPage*>()) {
            page->reload();
        }
    }
}

QString MainWindow::readOnlyReason() const
{
    const QDateTime asOf = m_session ? m_session->cachedDataAsOf() : QDateTime();
    return asOf.isValid() ? tr("Offline — the data shown is as of %1; this needs the server.")
                                .arg(Core::DateText::dateTime(Core::Timestamp::fromDateTime(asOf)))
                          : QString();
}

void MainWindow::showConnection()
{
    const std::optional<Api::ConnectionProfile>& profile = m_session->profile();
    m_connectionLabel->setText(
        profile ? tr("%1 · %2").arg(profile->displayName(), profile->baseUrl().toString()) : tr("Not connected"));
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(Preferences::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyPreferences(dialog->preferences()); });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences& chosen)
{
    const Preferences before = Preferences::load();
    chosen.save();
    if (chosen.theme != before.theme) {
        AppTheme::apply(chosen.theme);
    }
    if (chosen.rowsPerPage != before.rowsPerPage && m_leadList) {
        m_leadList->applyPreferences();
    }
    if (chosen.language != before.language) {
        AppTranslations::install(chosen.locale());
        Q_EMIT languageChanged();
    }
}

void MainWindow::showLeads()
{
    if (m_leadList || !m_session) {
        return;
    }
    m_leadList = new LeadListPage(m_session, this);
    m_leadList->setObjectName(QStringLiteral("leadListPage"));
    connect(m_leadList, &LeadListPage::leadActivated, this, &MainWindow::openLead);
    connect(m_leadList, &LeadListPage::portfolioRequested, this, &MainWindow::showPortfolio);
    connect(m_ui->actionRefresh, &QAction::triggered, m_leadList, &LeadListPage::refresh);
    connect(m_ui->actionFindLeads, &QAction::triggered, m_leadList, &LeadListPage::focusSearch);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportCurrentTab);
    m_leadList->addAction(m_ui->actionDeleteLead); // Delete works where the list has the focus
    m_leadList->table()->addAction(m_ui->actionDeleteLead); // and in the row's context menu
    connect(m_leadList, &LeadListPage::leadInNewWindowRequested, this, [this](const QString& leadId) {
        openLead(leadId);
        if (auto* page = qobject_cast<LeadDetailPage*>(m_ui->workspaceTabs->currentWidget());
            page && page->leadId() == leadId) {
            detachLead(page);
        }
    });
    if (m_session->profile()) {
        m_leadList->setSettingsKey(m_session->profile()->key());
    }
    m_ui->workspaceTabs->removeTab(m_ui->workspaceTabs->indexOf(m_ui->welcomePage));
    m_ui->workspaceTabs->insertTab(0, m_leadList, tr("Leads"));
    m_ui->workspaceTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the list stays open
    m_ui->workspaceTabs->setCurrentIndex(0);
    restoreOpenLeads();
    for (QAction* action : { m_ui->actionRefresh, m_ui->actionFindLeads, m_ui->actionPortfolio, m_ui->actionNewLead,
             m_ui->actionDeleteLead, m_ui->actionExport }) {
        action->setEnabled(true);
    }
    if (m_leadList->model()->state() == Models::LeadListModel::State::Idle) {
        m_leadList->refresh(); // restored filters have already started the first load otherwise
    }
}

void MainWindow::showConnectionDialog(const QString& reason)
{
    if (!m_session || m_connectionDialogOpen) {
        return;
    }
    m_connectionDialogOpen = true;
    auto* dialog = new ConnectionDialog(m_session->sandboxProfile(), this);
    dialog->setObjectName(QStringLiteral("connectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(reason);
    if (m_session->profile()) {
        dialog->setCurrent(*m_session->profile(), m_session->prefillToken());
    }
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_connectionDialogOpen = false;
        const std::optional<Api::ConnectionProfile> profile = dialog->profile();
        if (result != QDialog::Accepted || !profile) {
            m_session->abandonSignIn();
            return;
        }
        m_session->signIn(*profile, dialog->token());
        showConnection();
    });
    dialog->open();
}

void MainWindow::openLead(const QString& leadId)
{
    // Already open, in a tab or a window of its own: that one comes forward, never a second copy.
    for (LeadDetailPage* open : findChildren<LeadDetailPage*>()) {
        if (open->leadId() != leadId) {
            continue;
        }
        if (m_ui->workspaceTabs->indexOf(open) >= 0) {
            m_ui->workspaceTabs->setCurrentWidget(open);
        } else {
            open->showNormal();
            open->raise();
            open->activateWindow();
        }
        return;
    }
    auto* page = new LeadDetailPage(m_session, leadId, this);
    page->setDraftStore(m_drafts);
    page->setReadOnlyReason(readOnlyReason());
    connect(page, &LeadDetailPage::leadRequested, this, &MainWindow::openLead);
    const int index = m_ui->workspaceTabs->addTab(page, tr("Lead"));
    connect(page, &LeadDetailPage::titleChanged, this, [this, page](const QString& title) {
        const int tab = m_ui->workspaceTabs->indexOf(page);
        if (tab >= 0) {
            // A borrower's "&" is text, not a mnemonic ("Classic Paints & Hardware").
            m_ui->workspaceTabs->setTabText(tab, QString(title).replace(u'&', QStringLiteral("&&")));
        } else {
            page->setWindowTitle(tr("%1 — Crego Desk").arg(title));
        }
    });
    connect(page, &LeadDetailPage::detachRequested, this, [this, page] { detachLead(page); });
    m_ui->workspaceTabs->setCurrentIndex(index);
}

void MainWindow::detachLead(LeadDetailPage* page)
{
    const int tab = m_ui->workspaceTabs->indexOf(page);
    if (tab < 0) {
        return; // already a window of its own
    }
    // Its own top-level window, beside the main one, to compare two borrowers.
    const QString title = m_ui->workspaceTabs->tabText(tab).replace(QStringLiteral("&&"), QStringLiteral("&"));
    m_ui->workspaceTabs->removeTab(tab);
    page->setParent(this, Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setInOwnWindow(true);
    page->setWindowTitle(tr("%1 — Crego Desk").arg(title));
    page->resize(1000, 640);
    page->show();
}

void MainWindow::showPortfolio()
{
    if (!m_leadList) {
        return;
    }
    if (!m_portfolio) {
        m_portfolio = new PortfolioPage(m_session, this);
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

void MainWindow::exportCurrentTab()
{
    QWidget* current = m_ui->workspaceTabs->currentWidget();
    if (auto* lead = qobject_cast<LeadDetailPage*>(current)) {
        lead->exportReport();
    } else if (current && current == m_portfolio) {
        m_portfolio->exportPortfolio();
    } else if (m_leadList) {
        m_leadList->exportLeads();
    }
}

void MainWindow::createLead()
{
    if (!m_leadList) {
        return;
    }
    auto* dialog = new CreateLeadDialog(m_session, m_leadList->programCatalogue(), this);
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
    const std::optional<Core::Lead> lead = m_leadList->currentLead();
    if (!lead) {
        return;
    }
    const std::optional<Core::LineSummary>& line = lead->lineSummary;
    // Money still owed, or a line that could still be drawn: a slip of the mouse must not delete it.
    const bool unknownFigures = !line;
    const bool risky = unknownFigures || line->totalOutstanding.paise() > 0
        || (line->hasLine && line->operativeLineAmount.paise() > 0);
    const QString what = tr("Delete the lead “%1” (%2) with its applicants, bank accounts, documents and addresses? "
                            "This cannot be undone.")
                             .arg(lead->displayName(), lead->refId);
    if (!risky) {
        if (MessageBox::question(
                this, tr("Delete Lead"), what, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes) {
            deleteLead(*lead);
        }
        return;
    }
    QString why;
    if (unknownFigures) {
        why = tr("The server did not say whether this lead owes money or has an active line.");
    } else if (line->totalOutstanding.paise() > 0) {
        why = tr("This lead has %1 outstanding.").arg(Core::MoneyFormatter::format(line->totalOutstanding));
    } else {
        why = tr("This lead has an active line of %1.").arg(Core::MoneyFormatter::format(line->operativeLineAmount));
    }
    auto* dialog = new TypeToConfirmDialog(
        tr("Delete Lead"), what + QStringLiteral("\n\n") + why, lead->refId, tr("Delete Lead"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doomed = *lead] { deleteLead(doomed); });
    dialog->open();
}

void MainWindow::deleteLead(const Core::Lead& lead)
{
    const QString name = lead.displayName();
    m_leadList->model()->deleteLead(lead.id, this, [this, name](const Api::ApiError& error) {
        if (error.isError()) {
            statusBar()->showMessage(tr("“%1” was not deleted: %2").arg(name, error.message()), 10000);
        } else {
            statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 5000);
        }
    });
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every lead's forms, in tabs and in windows of their own, may ask about unsaved changes first.
    for (LeadDetailPage* page : findChildren<LeadDetailPage*>()) {
        if (!page->closeForms()) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

QString MainWindow::openLeadsKey() const
{
    return m_session && m_session->profile() ? QStringLiteral("window/openLeads/") + m_session->profile()->key()
                                             : QString();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (openLeadsKey().isEmpty() || !m_leadList) {
        return;
    }
    // Lead ids only (no names): the tabs in their order, then the leads in windows of their own.
    QStringList open;
    for (int index = 0; index < m_ui->workspaceTabs->count(); ++index) {
        if (auto* page = qobject_cast<LeadDetailPage*>(m_ui->workspaceTabs->widget(index))) {
            open.append(page->leadId());
        }
    }
    for (LeadDetailPage* page : findChildren<LeadDetailPage*>()) {
        if (!open.contains(page->leadId())) {
            open.append(page->leadId());
        }
    }
    settings.setValue(openLeadsKey(), open);
    auto* current = qobject_cast<LeadDetailPage*>(m_ui->workspaceTabs->currentWidget());
    settings.setValue(openLeadsKey() + QStringLiteral("/current"), current ? current->leadId() : QString());
}

void MainWindow::restoreOpenLeads()
{
    if (openLeadsKey().isEmpty()) {
        return;
    }
    const QSettings settings;
    const QStringList open = settings.value(openLeadsKey()).toStringList();
    for (const QString& leadId : open) {
        openLead(leadId); // a lead deleted meanwhile says so in its tab
    }
    const QString current = settings.value(openLeadsKey() + QStringLiteral("/current")).toString();
    m_ui->workspaceTabs->setCurrentIndex(0);
    for (LeadDetailPage* page : findChildren<LeadDetailPage*>()) {
        if (page->leadId() == current) {
            m_ui->workspaceTabs->setCurrentWidget(page);
        }
    }
}

QList<Models::Draft> MainWindow::pendingDrafts() const
{
    if (!m_draftsReady || !m_session || !m_session->profile()) {
        return {};
    }
    return m_drafts->drafts(m_session->profile()->key());
}

void MainWindow::offerDrafts()
{
    const qsizetype count = pendingDrafts().size();
    m_restoreButton->setText(count == 1 ? tr("Restore 1 unsaved form") : tr("Restore %1 unsaved forms").arg(count));
    m_restoreButton->setToolTip(tr("Crego Desk closed before these forms were saved; reopen them as they were"));
    m_restoreButton->setVisible(count > 0);
    m_discardButton->setVisible(count > 0);
}

void MainWindow::restoreDrafts()
{
    const QList<Models::Draft> drafts = pendingDrafts();
    m_restoreButton->hide();
    m_discardButton->hide();
    if (!m_leadList) {
        showLeads();
    }
    for (const Models::Draft& draft : drafts) {
        openLead(draft.leadId);
        if (auto* page = qobject_cast<LeadDetailPage*>(m_ui->workspaceTabs->currentWidget())) {
            page->restoreDraft(draft);
        }
    }
}

void MainWindow::discardDrafts()
{
    const QList<Models::Draft> drafts = pendingDrafts();
    if (MessageBox::question(this, tr("Discard Unsaved Forms"),
            drafts.size() == 1
                ? tr("Throw away 1 unsaved form? What was typed in it cannot be brought back.")
                : tr("Throw away %1 unsaved forms? What was typed in them cannot be brought back.").arg(drafts.size()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Discard) {
        return;
    }
    for (const Models::Draft& draft : drafts) {
        m_drafts->remove(draft.id);
    }
    offerDrafts();
}

} // namespace Crego::Widgets
