// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leaddetailloader.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace Ui {
class LeadDetailPage;
}

namespace Crego::Api {
class Session;
}

namespace Crego::Widgets {

//! One lead: a header (name, ref id, status, program, primary mobile, "as of") and tabs for the overview,
//! credit line, applicants, bank accounts, documents and addresses. Its requests run in parallel and each
//! tab shows its own loading or error state.
class LeadDetailPage final : public QWidget
{
    Q_OBJECT

public:
    LeadDetailPage(Api::Session* session, const QString& leadId, QWidget* parent = nullptr);
    ~LeadDetailPage() override;

    QString leadId() const { return m_loader->leadId(); }
    //! Sends every request again.
    void reload();

Q_SIGNALS:
    //! The lead's name is known (for the tab title).
    void titleChanged(const QString& title);
    //! "Open in New Window": show this lead in a window of its own (to compare two borrowers).
    void detachRequested();

private:
    void showPart(Models::LeadDetailLoader::Part part);
    void showLead();
    void showServiceAccounts();
    void sendToService(const QString& service);
    //! One tab's state line: "Loading…", the error, "None yet", or hidden when there are rows.
    void showTabState(Models::LeadDetailLoader::Part part, QLabel* state, QTableView* table, const QString& empty);

    std::unique_ptr<Ui::LeadDetailPage> m_ui;
    Models::LeadDetailLoader* m_loader;
};

} // namespace Crego::Widgets
