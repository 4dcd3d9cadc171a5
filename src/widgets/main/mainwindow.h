// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionmonitor.h"
#include "draft.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;

namespace Crego::Api {
class Session;
} // namespace Crego::Api

namespace Crego::Core {
struct Lead;
}

namespace Crego::Models {
class DraftStore;
}

namespace Ui {
class MainWindow;
}

namespace Crego::Widgets {

class LeadDetailPage;
struct Preferences;
class LeadListPage;
class PortfolioPage;

//! The application window: menus, the workspace tabs (lead list, lead details, portfolio) and the status
//! bar (connection, online state, calls at work).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    //! Works on \a session (not owned): the status bar follows it, Connect… and Sign Out act on it, and a
    //! 401 brings back sign-in keeping the user's place and open forms.
    void setSession(Api::Session* session);
    //! Opens the lead list of the session as the first workspace tab.
    void showLeads();
    //! File → Connect…, or after a 401 with \a reason: keeps the user's place and open forms.
    void showConnectionDialog(const QString& reason = QString());
    LeadListPage* leadListPage() const { return m_leadList; }
    Api::Session* session() const { return m_session; }
    //! Opens (or brings forward) the tab of lead \a leadId.
    void openLead(const QString& leadId);

Q_SIGNALS:
    //! The user chose another language in Preferences; its catalogues are installed. The window's owner
    //! opens it afresh (WindowKeeper), so that every text is in the new language.
    void languageChanged();

public Q_SLOTS:
    //! Edit → Preferences… (Ctrl+,): what is chosen applies at once — the theme, the export folder, the
    //! list's page size, and the language (through languageChanged()).
    void showPreferences();
    //! View → Portfolio Dashboard (or the list's Portfolio… button): totals and charts over the leads of
    //! the list's current filter, in a tab of its own; a chart click lists exactly those leads.
    void showPortfolio();
    //! File → New Lead…: the create-lead dialog; the new lead appears in the list and opens.
    //! File → Export… on the tab in front: the lead list, a lead's line report, or the portfolio.
    void exportCurrentTab();
    void createLead();
    //! Deletes the lead selected in the list, after a confirmation that names it.
    void deleteSelectedLead();

    void showAbout();

    //! The unsaved forms of the current connection the last run left behind, as offered at start.
    QList<Models::Draft> pendingDrafts() const;
    //! Reopens every pending draft on its lead ("Restore 2 unsaved forms").
    void restoreDrafts();
    //! Throws the pending drafts away.
    void discardDrafts();

protected:
    //! Quitting asks about each open form's unsaved changes first.
    void closeEvent(QCloseEvent* event) override;

private:
    void showConnection();
    //! First start (no saved size): the designed size, or less where the screen is smaller (a 1366 × 768
    //! laptop less its taskbar), so that the status bar and the list's last rows are on screen.
    void fitToScreen();
    //! Moves \a page from its tab into a window of its own.
    void detachLead(LeadDetailPage* page);
    //! The settings key of the open leads of this connection profile; empty without one.
    QString openLeadsKey() const;
    //! Size and position, and the leads open (lead ids) with the one in front, for the next start.
    void saveWindowState() const;
    //! Opens the leads that were open when the window last closed on this profile.
    void restoreOpenLeads();
    //! Deletes \a lead on the server; the status bar says how it went.
    void deleteLead(const Core::Lead& lead);
    //! The status bar's "● Online", "◐ Degraded — why" or "○ Offline — why".
    void showConnectionState(Api::ConnectionMonitor::State state, const QString& reason);
    //! Offline with data from the cache: what changes live data (new, delete, export) waits, saying why;
    //! back online, what is shown is read again.
    void showCachedData(const QDateTime& asOf);
    //! Why live data cannot be changed now (offline, showing kept data), or empty.
    QString readOnlyReason() const;
    //! After the drafts key is known: offers the current connection's drafts back, if there are any.
    void offerDrafts();
    void applyPreferences(const Preferences& chosen);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_connectionLabel;
    QLabel* m_onlineLabel;
    QLabel* m_busyLabel;
    LeadListPage* m_leadList = nullptr;
    QPointer<PortfolioPage> m_portfolio; //!< the tab may be closed (and deleted)
    Api::Session* m_session = nullptr;
    bool m_connectionDialogOpen = false;
    Models::DraftStore* m_drafts;
    bool m_draftsReady = false;
    QPushButton* m_restoreButton;
    QPushButton* m_discardButton;
};

} // namespace Crego::Widgets
