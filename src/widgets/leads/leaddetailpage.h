// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leaddetailloader.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QAbstractButton;
class QTableView;

namespace Ui {
class LeadDetailPage;
}

namespace Crego::Api {
class Session;
}

namespace Crego::Models {
class DraftStore;
struct Draft;
} // namespace Crego::Models

namespace Crego::Widgets {

class ExportDialog;

class DocumentsPanel;
class RecordFormDialog;

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
    //! Where this lead's forms keep their drafts (not owned); without one, forms keep none.
    void setDraftStore(Models::DraftStore* drafts) { m_drafts = drafts; }
    Models::LeadDetailLoader* loader() const { return m_loader; }
    DocumentsPanel* documents() const { return m_documents; }
    //! Exports the line report to a workbook: asks about full account numbers and where to save, then
    //! follows the export in a dialog (returned; nullptr when the user cancelled).
    ExportDialog* exportReport();
    //! Writes the line report as a PDF (tiles, tables and the charts) where the user says.
    ExportDialog* exportPdf();
    //! Prints the line report through the system's print dialog.
    void printReport();
    //! Opens the documents tab showing the documents of record \a relatedId (an applicant, a bank account).
    void showDocumentsOf(const QString& relatedId);

    //! Opens the form for a new record (\a id empty) or for the record \a id of \a kind.
    RecordFormDialog* openForm(Models::RecordKind kind, const QString& id = QString());
    //! "Same as current address": a new address for the same applicant, copied from the address \a id, of a
    //! type that applicant has no address of yet.
    RecordFormDialog* copyAddress(const QString& id);
    //! In a window of its own, "Open in New Window" has nothing left to do and hides.
    void setInOwnWindow(bool inOwnWindow);
    //! While \a reason is not empty (offline, showing kept data) nothing that changes the lead on the
    //! server can be started: its buttons are disabled with the reason as their tooltip, and a double-click
    //! on a record opens no form.
    void setReadOnlyReason(const QString& reason);
    QString readOnlyReason() const { return m_readOnlyReason; }
    //! Closes this lead's open forms, each asking about unsaved changes; false when the user kept one open.
    bool closeForms();
    //! Opens the form \a draft was written from, with every field as it was (once the lead's applicants
    //! are known); draftRestored() follows.
    void restoreDraft(const Models::Draft& draft);

Q_SIGNALS:
    //! The lead's name is known (for the tab title).
    void titleChanged(const QString& title);
    //! "Open in New Window": show this lead in a window of its own (to compare two borrowers).
    void detachRequested();
    //! A link in one of its forms points at another lead.
    void leadRequested(const QString& leadId);
    //! restoreDraft() opened \a dialog.
    void draftRestored(Crego::Widgets::RecordFormDialog* dialog);

protected:
    //! A detached lead window closes only when its forms may close.
    void closeEvent(QCloseEvent* event) override;

private:
    //! "line-report-LD40JIS6-2026-11-30.xlsx".
    QString reportFileName(const QString& extension) const;
    void showPart(Models::LeadDetailLoader::Part part);
    void showLead();
    void showServiceAccounts();
    //! The line beside Send to Service: where the lead has been sent, or what went wrong.
    void setServiceText(const QString& text);
    void sendToService(const QString& service);
    //! One tab's state line: "Loading…", the error, "None yet", or hidden when there are rows.
    void showTabState(Models::LeadDetailLoader::Part part, QLabel* state, QTableView* table, const QString& empty);

    void setUpRecordActions();
    //! The id of the record selected in \a table, or empty.
    static QString selectedId(const QTableView* table);
    void showRecordActions();
    //! The buttons that change the lead on the server.
    QList<QAbstractButton*> editingButtons() const;
    void deleteSelected(Models::RecordKind kind);
    void showActionResult(const QString& message, bool succeeded);
    RecordFormDialog* showForm(RecordFormDialog* dialog);
    //! The record \a id of \a kind as the server sent it, or empty.
    QJsonObject recordJson(Models::RecordKind kind, const QString& id) const;

    std::unique_ptr<Ui::LeadDetailPage> m_ui;
    Models::LeadDetailLoader* m_loader;
    Api::Session* m_session;
    DocumentsPanel* m_documents = nullptr;
    Models::DraftStore* m_drafts = nullptr;
    QLabel* m_lastMessage = nullptr; //!< where the last record action's outcome went
    QString m_readOnlyReason;
    QString m_title; //!< as last announced by titleChanged()
    QHash<QAbstractButton*, QString> m_liveToolTips; //!< the editing buttons' own tooltips, while read-only
};

} // namespace Crego::Widgets
