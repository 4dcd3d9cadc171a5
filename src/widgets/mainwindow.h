// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;

#include "connectionprofile.h"

#include <optional>

namespace Crego::Api {
class ConnectionMonitor;
class CregoClient;
class TokenStore;
} // namespace Crego::Api

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Crego::Widgets {

class LeadListPage;
class PortfolioPage;

//! The application window: menus, the workspace tabs (lead list, lead details) and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    //! What the status bar says the window is connected to.
    void setConnectionDescription(const QString& description);
    //! Opens the lead list, fed by \a client, as the first workspace tab.
    void showLeads(Api::CregoClient* client);
    //! Where \a client points and how its token is kept; enables Connect…, Sign Out and re-sign-in on 401.
    //! \a sandbox: the built-in sandbox's profile when one runs.
    void setConnection(Api::CregoClient* client, Api::TokenStore* tokens, const Api::ConnectionProfile& profile,
        const std::optional<Api::ConnectionProfile>& sandbox);
    //! The kind of profile the user last connected to (QSettings), or nullopt on a machine with none
    //! configured (then the app starts on the built-in sandbox).
    static std::optional<Api::ConnectionProfile::Kind> rememberedKind();
    //! The last non-sandbox profile the user connected to (never the token); preprod by default.
    static Api::ConnectionProfile rememberedProfile();
    //! File → Connect…, or after a 401 with \a reason: keeps the user's place and open forms.
    void showConnectionDialog(const QString& reason = QString());
    LeadListPage* leadListPage() const { return m_leadList; }
    //! Opens (or brings forward) the tab of lead \a leadId.
    void openLead(const QString& leadId);

public Q_SLOTS:
    //! View → Portfolio Dashboard (or the list's Portfolio… button): totals and charts over the leads of
    //! the list's current filter, in a tab of its own; a chart click lists exactly those leads.
    void showPortfolio();
    //! File → New Lead…: the create-lead dialog; the new lead appears in the list and opens.
    void createLead();
    //! Deletes the lead selected in the list, after a confirmation that names it.
    void deleteSelectedLead();

    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_connectionLabel;
    LeadListPage* m_leadList = nullptr;
    QPointer<PortfolioPage> m_portfolio; //!< the tab may be closed (and deleted)
    Api::CregoClient* m_client = nullptr;
    Api::TokenStore* m_tokens = nullptr;
    Api::ConnectionMonitor* m_monitor = nullptr;
    std::optional<Api::ConnectionProfile> m_profile;
    std::optional<Api::ConnectionProfile> m_sandboxProfile;
    QLabel* m_onlineLabel;
    QLabel* m_busyLabel;
    bool m_connectionDialogOpen = false;
};

} // namespace Crego::Widgets
