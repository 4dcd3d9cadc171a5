// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"

#include "lead.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class QAbstractItemModel;

namespace Ui {
class LeadDetailPage;
}

namespace Crego::Api {
class CregoClient;
}

namespace Crego::Widgets {

//! One lead: a header (name, ref id, status, program, primary mobile, "as of") and tabs for the overview,
//! credit line, applicants, bank accounts, documents and addresses. Its requests run in parallel and each
//! tab shows its own loading or error state.
class LeadDetailPage final : public QWidget
{
    Q_OBJECT

public:
    LeadDetailPage(Api::CregoClient* client, const QString& leadId, QWidget* parent = nullptr);
    ~LeadDetailPage() override;

    QString leadId() const { return m_leadId; }
    //! Sends every request again.
    void reload();

Q_SIGNALS:
    //! The lead's name is known (for the tab title).
    void titleChanged(const QString& title);
    //! "Open in New Window": show this lead in a window of its own (to compare two borrowers).
    void detachRequested();

private:
    void showLead(const Core::Lead& lead);
    void loadServiceAccounts();
    void sendToService(const QString& service);
    //! Wires one tab: its state label says "Loading…", the error, or "None yet"; rows go to the model.
    template<typename Record, typename Model>
    auto tabLoader(QLabel* state, QTableView* table, Model* model, const QString& empty);

    std::unique_ptr<Ui::LeadDetailPage> m_ui;
    Api::CregoClient* m_client;
    QString m_leadId;
};

} // namespace Crego::Widgets
