// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentuploaddialog.h"

#include "cregoclient.h"
#include "documentform.h"
#include "documentrules.h"
#include "filedialog.h"
#include "jsoncodec.h"
#include "leaddetailloader.h"
#include "messagebox.h"
#include "progressdelegate.h"
#include "session.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Crego::Widgets {

DocumentUploadDialog::DocumentUploadDialog(
    Api::Session* session, Models::LeadDetailLoader* loader, const QString& relatedId, QWidget* parent)
    : QDialog(parent)
    , m_loader(loader)
    , m_queue(new Models::DocumentUploadQueue(
          session->client(), [loader](const QString& id) { return loader->relatedLabel(id); }, this))
    , m_relatedId(relatedId)
    , m_table(new QTableView(this))
    , m_form(new DocumentForm(loader->relatedRecords(), this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Files…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_upload(new QPushButton(tr("&Upload"), this))
    , m_cancel(new QPushButton(tr("&Cancel Upload"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
{
    setObjectName(QStringLiteral("documentUploadDialog"));
    setWindowTitle(tr("Upload Documents"));
    setAcceptDrops(true);
    auto* hint = new QLabel(tr("Add files with Add Files… or drop them here: PDF, PNG, JPEG, TIFF or plain text, "
                               "up to %1 each. Select a file to set its type, the record it belongs to and notes.")
                                .arg(Core::DocumentRules::sizeText(session->client()->maxUploadBytes())),
        this);
    hint->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("uploadTable"));
    m_table->setAccessibleDescription(
        tr("Each file to upload: its name, type, the record it belongs to, its size and how far it has got"));
    m_table->setAccessibleName(tr("Files to upload"));
    m_table->setModel(m_queue);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    using Queue = Models::DocumentUploadQueue;
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Queue::FileColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Queue::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(Queue::StatusColumn, 170);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(Models::DocumentUploadQueue::StatusColumn,
        new ProgressDelegate(Models::DocumentUploadQueue::ProgressRole, this));
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the chosen file's form, not from cell to cell
    m_summary->setObjectName(QStringLiteral("uploadSummary"));
    m_summary->setWordWrap(true);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_upload, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    m_upload->setDefault(true);
    auto* body = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addLayout(listButtons);
    body->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addStretch();
    m_form->setMaximumWidth(440);
    body->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1040, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentUploadDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addFiles(FileDialog::openFileNames(this, tr("Choose Documents to Upload"),
            tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)")));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_formRow;
        m_formRow = -1;
        m_queue->remove(row);
        selectRow(qMin(row, m_queue->rowCount() - 1));
    });
    connect(m_upload, &QPushButton::clicked, m_queue, &Models::DocumentUploadQueue::start);
    connect(m_cancel, &QPushButton::clicked, m_queue, &Models::DocumentUploadQueue::cancel);
    connect(m_retry, &QPushButton::clicked, m_queue, &Models::DocumentUploadQueue::retry);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { selectRow(current.row()); });
    connect(m_form, &RecordForm::edited, this, &DocumentUploadDialog::applyForm);
    connect(m_queue, &QAbstractItemModel::dataChanged, this, &DocumentUploadDialog::showState);
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, &DocumentUploadDialog::showState);
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, &DocumentUploadDialog::showState);
    connect(m_queue, &Models::DocumentUploadQueue::runningChanged, this, &DocumentUploadDialog::showState);
    connect(m_queue, &Models::DocumentUploadQueue::uploaded, loader, [loader](const Core::Document& document) {
        loader->applySaved(Models::RecordKind::Document, Core::JsonCodec::encode(document));
    });
    selectRow(-1);
}

void DocumentUploadDialog::addFiles(const QStringList& paths)
{
    QString model = QStringLiteral("lead");
    for (const Models::RelatedRecord& record : m_loader->relatedRecords()) {
        if (record.id == m_relatedId) {
            model = record.model;
        }
    }
    int first = -1;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        const int row
            = m_queue->add({ path, Core::DocumentRules::guessType(name), model, m_relatedId, name, QString() });
        first = first < 0 ? row : first;
    }
    if (first >= 0) {
        m_table->selectRow(first);
    }
}

void DocumentUploadDialog::selectRow(int row)
{
    m_formRow = -1; // setValues() is no edit
    const bool editable = row >= 0 && row < m_queue->rowCount()
        && m_queue->state(row) != Models::DocumentUploadQueue::State::Uploading
        && m_queue->state(row) != Models::DocumentUploadQueue::State::Uploaded;
    if (row >= 0 && row < m_queue->rowCount()) {
        const Api::DocumentUpload& upload = m_queue->upload(row);
        m_form->setValues({ { QStringLiteral("document_type"), upload.documentType },
            { QStringLiteral("related_model_id"), upload.relatedId }, { QStringLiteral("name"), upload.name },
            { QStringLiteral("notes"), upload.notes } });
        m_formRow = row;
    }
    m_form->setEnabled(editable);
    showState();
}

void DocumentUploadDialog::applyForm()
{
    if (m_formRow < 0) {
        return;
    }
    QJsonObject values = m_form->values();
    m_form->showErrors(m_form->check(values));
    Api::DocumentUpload upload = m_queue->upload(m_formRow);
    upload.documentType = values.value(QStringLiteral("document_type")).toString();
    upload.relatedModel = values.value(QStringLiteral("related_model")).toString();
    upload.relatedId = values.value(QStringLiteral("related_model_id")).toString();
    upload.name = values.value(QStringLiteral("name")).toString();
    upload.notes = values.value(QStringLiteral("notes")).toString();
    m_queue->setUpload(m_formRow, upload);
}

void DocumentUploadDialog::showState()
{
    using State = Models::DocumentUploadQueue::State;
    const bool running = m_queue->isRunning();
    const int waiting = m_queue->count(State::Waiting);
    const int retryable = m_queue->count(State::Failed) + m_queue->count(State::Cancelled);
    m_upload->setEnabled(!running && waiting > 0);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && retryable > 0);
    m_add->setEnabled(!running);
    m_remove->setEnabled(!running && m_formRow >= 0);
    QStringList parts;
    if (running) {
        parts.append(tr("Uploading one file at a time"));
    }
    if (const int done = m_queue->count(State::Uploaded)) {
        parts.append(tr("%n uploaded", nullptr, done));
    }
    if (waiting) {
        parts.append(tr("%n waiting", nullptr, waiting));
    }
    if (const int refused = m_queue->count(State::Refused)) {
        parts.append(tr("%n cannot be uploaded (see why in the list)", nullptr, refused));
    }
    if (retryable) {
        parts.append(tr("%n not uploaded: Retry sends them again", nullptr, retryable));
    }
    m_summary->setText(parts.isEmpty() ? tr("No files yet.") : parts.join(QStringLiteral(" · ")));
}

void DocumentUploadDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_queue->isRunning()) {
        event->acceptProposedAction();
    }
}

void DocumentUploadDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    addFiles(paths);
    event->acceptProposedAction();
}

void DocumentUploadDialog::reject()
{
    if (m_queue->isRunning()) {
        if (MessageBox::question(this, tr("Stop Uploading"),
                tr("A file is still uploading. Stop it? Nothing of it is kept on the server."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
            return;
        }
        m_queue->cancel();
    }
    QDialog::reject();
}

} // namespace Crego::Widgets
