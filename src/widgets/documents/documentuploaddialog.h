// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentuploadqueue.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Crego::Api {
class Session;
}

namespace Crego::Models {
class LeadDetailLoader;
}

namespace Crego::Widgets {

class DocumentForm;

//! Uploads files to a lead: chosen with Add Files… or dropped on the dialog, each with its type, the record
//! it belongs to, name and notes (the form on the right describes the selected file); Upload sends them one
//! after another with a progress bar each; Cancel stops the one in progress; Retry sends again what failed.
//! Nothing chosen is lost on a failure: the files stay listed with their details.
class DocumentUploadDialog final : public QDialog
{
    Q_OBJECT

public:
    //! New files belong to \a relatedId (the lead, an applicant or a bank account) unless changed.
    DocumentUploadDialog(
        Api::Session* session, Models::LeadDetailLoader* loader, const QString& relatedId, QWidget* parent = nullptr);

    //! Adds files to the list (as a drop or Add Files… does).
    void addFiles(const QStringList& paths);
    Models::DocumentUploadQueue* queue() const { return m_queue; }
    DocumentForm* form() const { return m_form; }
    //! Upload, Cancel Upload and Retry (tests click them).
    QPushButton* uploadButton() const { return m_upload; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }
    QTableView* fileTable() const { return m_table; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    //! Closing while a file uploads asks first; the upload stops.
    void reject() override;

private:
    void selectRow(int row);
    void applyForm();
    void showState();

    Models::LeadDetailLoader* m_loader;
    Models::DocumentUploadQueue* m_queue;
    QString m_relatedId;
    QTableView* m_table;
    DocumentForm* m_form;
    QLabel* m_summary;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_upload;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    int m_formRow = -1; //!< the row the form describes
};

} // namespace Crego::Widgets
