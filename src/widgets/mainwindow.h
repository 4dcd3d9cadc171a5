// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace Crego::Api {
class CregoClient;
}

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Crego::Widgets {

class LeadListPage;

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
    LeadListPage* leadListPage() const { return m_leadList; }
    //! Opens (or brings forward) the tab of lead \a leadId.
    void openLead(const QString& leadId);

public Q_SLOTS:
    //! File → New Lead…: the create-lead dialog; the new lead appears in the list and opens.
    void createLead();
    //! Deletes the lead selected in the list, after a confirmation that names it.
    void deleteSelectedLead();

    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_connectionLabel;
    LeadListPage* m_leadList = nullptr;
    Api::CregoClient* m_client = nullptr;
};

} // namespace Crego::Widgets
