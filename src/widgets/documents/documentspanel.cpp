// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentspanel.h"

#include "cregoclient.h"
#include "documentpreview.h"
#include "documentrules.h"
#include "documentuploaddialog.h"
#include "filedialog.h"
#include "leaddetailloader.h"
#include "leadrecordmodels.h"
#include "messagebox.h"
#include "session.h"
#include "tablebehaviour.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace Crego::Widgets {

namespace {

//! Where files opened with the system viewer are put: readable by the user only, and removed (with what is
//! in it) when the app exits.
QTemporaryDir& openedFiles()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/crego-desk-XXXXXX"));
    return folder;
}

} // namespace

DocumentsPanel::DocumentsPanel(Api::Session* session, Models::LeadDetailLoader* loader, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(loader)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_uploadButton(new QPushButton(tr("&Upload Files…"), this))
    , m_editButton(new QPushButton(tr("Edit &Details…"), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_saveButton(new QPushButton(tr("Save &As…"), this))
    , m_deleteButton(new QPushButton(tr("De&lete…"), this))
    , m_filter(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new DocumentPreview(this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    setAcceptDrops(true);
    m_uploadButton->setObjectName(QStringLiteral("uploadDocumentsButton"));
    m_uploadButton->setToolTip(tr("Upload files to this lead; you can also drop files on this tab"));
    m_editButton->setToolTip(tr("Change the selected document's type, name, notes or the record it belongs to"));
    m_openButton->setToolTip(tr("Open the selected document with the system's viewer"));
    m_saveButton->setToolTip(tr("Download the selected document to a file of your choice"));
    m_deleteButton->setToolTip(tr("Delete the selected document"));
    for (QPushButton* button : { m_uploadButton, m_editButton, m_deleteButton }) {
        m_liveToolTips.insert(button, button->toolTip());
    }
    m_filter->setAccessibleName(tr("Show documents of"));
    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_proxy->setSourceModel(loader->documents());
    m_proxy->setSortRole(Models::RawValueRole);
    m_proxy->setFilterRole(Models::RawValueRole);
    m_proxy->setFilterKeyColumn(Models::LeadRecordModels::DocumentRelated);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setAccessibleDescription(
        tr("The documents of this lead or of the record chosen above: type, name, size, status and when uploaded"));
    m_table->setAccessibleName(tr("Documents"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(40, 40));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_state->setObjectName(QStringLiteral("documentsState"));
    m_message->setObjectName(QStringLiteral("documentsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : { m_uploadButton, m_editButton, m_openButton, m_saveButton, m_deleteButton }) {
        actions->addWidget(button);
    }
    actions->addStretch();
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    actions->addWidget(filterLabel);
    actions->addWidget(m_filter);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);

    TableBehaviour::mirror(m_table, { m_openButton, m_editButton, m_saveButton, m_deleteButton });
    connect(m_uploadButton, &QPushButton::clicked, this, [this] { upload(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(selectedId()); });
    connect(m_table, &QTableView::activated, this, [this] { Q_EMIT editRequested(selectedId()); });
    connect(m_openButton, &QPushButton::clicked, this, &DocumentsPanel::openSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentsPanel::saveSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &DocumentsPanel::deleteSelected);
    connect(m_filter, &QComboBox::activated, this, [this] { showDocumentsOf(m_filter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsPanel::showSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DocumentsPanel::showSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DocumentsPanel::showSelection);
    connect(loader, &Models::LeadDetailLoader::partChanged, this, [this](Models::LeadDetailLoader::Part part) {
        using Part = Models::LeadDetailLoader::Part;
        if (part == Part::Documents) {
            showLoadState();
        }
        if (part == Part::Lead || part == Part::Applicants || part == Part::Banks) {
            fillFilter();
        }
    });
    connect(loader, &Models::LeadDetailLoader::actionFinished, this, [this](const QString& message, bool ok) {
        if (m_awaitingOutcome) {
            m_awaitingOutcome = false;
            showMessage(message, ok);
        }
    });
    connect(
        loader, &Models::LeadDetailLoader::downloadProgress, this, [this](const QString&, qint64 got, qint64 total) {
            if (m_awaitingOutcome && total > 0) {
                showMessage(tr("Saving… %1 of %2")
                                .arg(Core::DocumentRules::sizeText(got), Core::DocumentRules::sizeText(total)),
                    true);
            }
        });
    fillFilter();
    showLoadState();
    showSelection();
}

DocumentsPanel::~DocumentsPanel() = default;

void DocumentsPanel::fillFilter()
{
    const QString current = m_filter->currentData().toString();
    m_filter->clear();
    m_filter->addItem(tr("All documents"), QString());
    for (const Models::RelatedRecord& record : m_loader->relatedRecords()) {
        m_filter->addItem(record.label, record.id);
    }
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(current)));
}

void DocumentsPanel::showDocumentsOf(const QString& relatedId)
{
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(relatedId)));
    m_proxy->setFilterRegularExpression(relatedId.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(relatedId))));
    showLoadState();
}

DocumentUploadDialog* DocumentsPanel::upload(const QStringList& files)
{
    if (!m_readOnlyReason.isEmpty()) {
        return nullptr; // files dropped while offline: the disabled Upload button says why
    }
    const QString related = m_filter->currentData().toString();
    auto* dialog
        = new DocumentUploadDialog(m_session, m_loader, related.isEmpty() ? m_loader->leadId() : related, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addFiles(files);
    dialog->show();
    return dialog;
}

void DocumentsPanel::select(const QString& id)
{
    const int row = m_loader->documents()->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_loader->documents()->index(row, 0));
        m_table->selectRow(index.row());
    }
}

QString DocumentsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Models::IdRole).toString();
}

void DocumentsPanel::showLoadState()
{
    using State = Models::LeadDetailLoader::State;
    using Part = Models::LeadDetailLoader::Part;
    QString text;
    switch (m_loader->state(Part::Documents)) {
    case State::Loading:
        text = tr("Loading…");
        break;
    case State::Failed:
        text = tr("Could not load this list: %1").arg(m_loader->errorMessage(Part::Documents));
        break;
    case State::Loaded:
        m_table->resizeColumnsToContents();
        if (m_proxy->rowCount() == 0) {
            text = m_loader->documents()->rowCount() == 0
                ? tr("No documents yet. Upload files, or drop them on this tab.")
                : tr("No documents belong to this record yet.");
        }
        if (const int unreadable = m_loader->unreadable(Part::Documents); unreadable > 0) {
            text += QLatin1Char(' ')
                + (unreadable == 1 ? tr("1 record could not be read and is left out.")
                                   : tr("%1 records could not be read and are left out.").arg(unreadable));
        }
        break;
    }
    m_state->setText(text.trimmed());
    m_state->setVisible(!text.isEmpty());
}

void DocumentsPanel::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    showSelection();
}

void DocumentsPanel::showSelection()
{
    const QString id = selectedId();
    const bool selected = !id.isEmpty();
    for (QPushButton* button : { m_editButton, m_openButton, m_saveButton, m_deleteButton }) {
        button->setEnabled(selected);
    }
    m_uploadButton->setEnabled(m_readOnlyReason.isEmpty());
    for (QPushButton* button : { m_uploadButton, m_editButton, m_deleteButton }) {
        button->setToolTip(m_readOnlyReason.isEmpty() ? m_liveToolTips.value(button) : m_readOnlyReason);
        if (!m_readOnlyReason.isEmpty()) {
            button->setEnabled(false);
        }
    }
    if (id == m_contentId && !m_contentId.isEmpty()) {
        return;
    }
    if (m_contentCall) {
        m_contentCall->cancel();
    }
    m_contentId.clear();
    m_content.clear();
    const int row = m_loader->documents()->rowOf(id);
    if (row < 0) {
        m_preview->showMessage(tr("Select a document to see it here."));
        return;
    }
    const Core::Document document = m_loader->documents()->record(row);
    m_preview->showMessage(tr("Loading %1 (%2)…").arg(document.name, Core::DocumentRules::sizeText(document.size)));
    m_contentCall = m_session->client()->documentContent(
        document.id, this, [this, document](const Api::ApiResult<QByteArray>& result) {
            if (!result.ok()) {
                if (result.error().band() != Api::ApiError::Band::Cancelled) {
                    m_preview->showMessage(
                        tr("%1 could not be fetched: %2").arg(document.name, result.error().message()));
                }
                return;
            }
            m_contentId = document.id;
            m_content = result.value();
            m_preview->showContent(document.name, m_content);
        });
}

QString DocumentsPanel::openSelected()
{
    const int row = m_loader->documents()->rowOf(selectedId());
    if (row < 0 || m_contentId != selectedId()) {
        showMessage(tr("The document is still being fetched; try again in a moment."), false);
        return QString();
    }
    const Core::Document& document = m_loader->documents()->record(row);
    QString name = document.name;
    name.replace(u'/', u'_').replace(u'\\', u'_');
    const QString folder = openedFiles().filePath(document.id);
    QSaveFile file(QDir(folder).filePath(name));
    if (!openedFiles().isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(m_content) != m_content.size() || !file.commit()) {
        showMessage(tr("%1 could not be opened: %2").arg(document.name, file.errorString()), false);
        return QString();
    }
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()))) {
        showMessage(tr("No application on this computer opens %1; use Save As… instead.").arg(document.name), false);
    } else {
        showMessage(tr("Opened %1 with the system viewer.").arg(document.name), true);
    }
    return file.fileName();
}

void DocumentsPanel::saveSelected()
{
    const int row = m_loader->documents()->rowOf(selectedId());
    if (row < 0) {
        return;
    }
    const Core::Document& document = m_loader->documents()->record(row);
    const QString path = FileDialog::saveFileName(this, tr("Save Document As"), document.name);
    if (!path.isEmpty()) {
        showMessage(tr("Saving %1…").arg(document.name), true);
        Q_EMIT actionStarted();
        m_awaitingOutcome = true;
        m_loader->downloadDocument(document.id, path);
    }
}

void DocumentsPanel::deleteSelected()
{
    const QString id = selectedId();
    const int row = m_loader->documents()->rowOf(id);
    if (row < 0) {
        return;
    }
    const Core::Document& document = m_loader->documents()->record(row);
    if (MessageBox::question(this, tr("Delete Document"),
            tr("Delete the document %1 (%2)? Its file is removed from the server.")
                .arg(document.name, Core::DocumentRules::documentTypeName(document.documentType)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes) {
        Q_EMIT actionStarted();
        m_awaitingOutcome = true;
        m_loader->deleteRecord(Models::RecordKind::Document, id);
    }
}

QString DocumentsPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void DocumentsPanel::showMessage(const QString& message, bool succeeded)
{
    m_message->setText(message);
    m_message->setStyleSheet(succeeded ? QString() : QStringLiteral("color: #b3261e;"));
    m_message->setVisible(!message.isEmpty());
}

void DocumentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void DocumentsPanel::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files.append(url.toLocalFile());
        }
    }
    if (!files.isEmpty()) {
        upload(files);
        event->acceptProposedAction();
    }
}

} // namespace Crego::Widgets
