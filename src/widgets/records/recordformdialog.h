// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draft.h"
#include "duplicatefinder.h"
#include "recordeditor.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Crego::Api {
class Session;
}

namespace Crego::Models {
class DraftStore;
class LeadDetailLoader;
} // namespace Crego::Models

namespace Crego::Widgets {

class RecordForm;

//! The host every record form lives in: Save (Ctrl+S), Revert and Cancel (Esc); Save stays disabled until
//! every field is valid, and each invalid field shows its reason as the user types. A server's field
//! errors land on their fields, anything else at the top; a failure of any kind keeps every entry. Each
//! change is written to an encrypted draft a moment later; the draft goes on save or on discard, and
//! closing with unsaved changes asks first.
class RecordFormDialog final : public QDialog
{
    Q_OBJECT

public:
    //! Edits \a original (empty: a new record) of the lead \a loader shows.
    RecordFormDialog(Api::Session* session, Models::LeadDetailLoader* loader, Models::DraftStore* drafts,
        Models::RecordKind kind, const QJsonObject& original, QWidget* parent = nullptr);
    ~RecordFormDialog() override;

    //! Brings back what \a draft held, as the user left it.
    void restore(const Models::Draft& draft);
    //! A new record that starts from \a values (a copy), with \a note at the top.
    void prefill(const QJsonObject& values, const QString& note);
    RecordForm* form() const { return m_form; }
    Models::RecordEditor* editor() const { return m_editor; }
    QString draftId() const { return m_draftId; }
    //! Whether the form differs from the record as last saved.
    bool isDirty() const;
    //! The sentence at the top of the form (errors the fields cannot show, failures, "Saving…").
    QString message() const;
    //! "PAN ABCDE1234F is already on lead CL4ZWR4A (Asha Traders)": a new applicant's duplicates, or empty.
    QString duplicateNote() const;

    void save();
    //! Esc and Cancel: asks before unsaved changes are thrown away.
    void reject() override;

Q_SIGNALS:
    //! The user followed a link to another lead (a duplicate's).
    void leadRequested(const QString& leadId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void edited();
    //! Live validation: marks fields, enables Save; returns the checked (normalised) values.
    QJsonObject validate();
    void revert();
    void writeDraft();
    void showMessage(const QString& text, bool problem);
    void saved(const QJsonObject& record);
    void failed(const Models::RecordEditor::Failure& failure);
    //! A new applicant's PAN and mobile as the duplicate check sees them ("PAN|mobile"), or empty.
    QString duplicateKey() const;
    void checkDuplicates();
    void showDuplicates(const QList<Models::DuplicateFinder::Match>& matches, bool complete);

    Api::Session* m_session;
    Models::LeadDetailLoader* m_loader;
    Models::DraftStore* m_drafts;
    Models::RecordEditor* m_editor;
    RecordForm* m_form;
    QLabel* m_message;
    QLabel* m_draftNote;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QPushButton* m_checkButton;
    QLabel* m_duplicates;
    Models::DuplicateFinder* m_finder;
    QTimer m_draftTimer;
    QTimer m_duplicateTimer;
    QString m_draftId;
    Core::FieldErrors m_serverErrors; //!< the server's reasons, kept while their fields hold what was sent
    QJsonObject m_sentValues;
    QString m_checkedKey; //!< the duplicateKey() the last finished check was for
    bool m_saveAfterCheck = false;
};

} // namespace Crego::Widgets
