// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Crego::Api {
class ApiCall;
class Session;
} // namespace Crego::Api

namespace Crego::Models {
class LeadDetailLoader;
}

namespace Crego::Widgets {

class DocumentPreview;
class DocumentUploadDialog;

//! A lead's documents tab: the list (thumbnail, type, name, size, the record it belongs to, uploaded, notes)
//! filtered to one record or not, a preview of the selected document beside it, and Upload Files… (or drop
//! files on the tab), Edit Details…, Open (system viewer), Save As… and Delete….
class DocumentsPanel final : public QWidget
{
    Q_OBJECT

public:
    DocumentsPanel(Api::Session* session, Models::LeadDetailLoader* loader, QWidget* parent = nullptr);
    ~DocumentsPanel() override;

    //! Shows only the documents of record \a relatedId (empty: all of the lead's).
    void showDocumentsOf(const QString& relatedId);
    //! Opens the upload dialog, with \a files already listed; new files belong to the record shown. Null
    //! while read-only.
    DocumentUploadDialog* upload(const QStringList& files = {});
    //! Selects the document \a id (its preview follows).
    void select(const QString& id);
    QString selectedId() const;
    DocumentPreview* preview() const { return m_preview; }
    QTableView* table() const { return m_table; }
    //! The file of the selected document in a temporary folder (removed when the app exits) opened with the
    //! system's viewer; returns its path, or empty.
    QString openSelected();
    void saveSelected();
    void deleteSelected();
    //! The line under the buttons (an action's outcome).
    QString message() const;
    //! While \a reason is not empty, Upload, Edit Details and Delete are disabled with it as their tooltip
    //! (Open and Save As… read what is here and stay).
    void setReadOnlyReason(const QString& reason);

Q_SIGNALS:
    //! Edit Details… on document \a id (the page opens its form).
    void editRequested(const QString& id);
    //! This tab started an action whose outcome the loader reports (actionFinished): show it here.
    void actionStarted();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showLoadState();
    void showSelection();
    void fillFilter();
    void showMessage(const QString& message, bool succeeded);

    Api::Session* m_session;
    Models::LeadDetailLoader* m_loader;
    QSortFilterProxyModel* m_proxy;
    // Created in the order Tab goes through them, as they are shown: the buttons, the filter at the end of
    // their line, then the table and the preview beside it.
    QPushButton* m_uploadButton;
    QPushButton* m_editButton;
    QPushButton* m_openButton;
    QPushButton* m_saveButton;
    QPushButton* m_deleteButton;
    QComboBox* m_filter;
    QLabel* m_state;
    QLabel* m_message;
    QTableView* m_table;
    DocumentPreview* m_preview;
    QString m_readOnlyReason;
    QHash<QPushButton*, QString> m_liveToolTips; //!< what the buttons say when the lead can be changed
    QPointer<Api::ApiCall> m_contentCall;
    QString m_contentId; //!< the document whose file m_content holds
    QByteArray m_content;
    bool m_awaitingOutcome = false;
};

} // namespace Crego::Widgets
