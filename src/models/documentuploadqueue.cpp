// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentuploadqueue.h"

#include "cregoclient.h"
#include "documentrules.h"

#include <QFileInfo>

namespace Crego::Models {

DocumentUploadQueue::DocumentUploadQueue(
    Api::CregoClient* client, std::function<QString(const QString& relatedId)> relatedName, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_relatedName(std::move(relatedName))
{ }

void DocumentUploadQueue::check(Item& item) const
{
    item.size = QFileInfo(item.upload.filePath).size();
    item.message = Core::DocumentRules::checkFile(item.upload.filePath, m_client->maxUploadBytes());
    if (item.message.isEmpty()) {
        QJsonObject metadata { { QStringLiteral("document_type"), item.upload.documentType },
            { QStringLiteral("name"),
                item.upload.name.isEmpty() ? QFileInfo(item.upload.filePath).fileName() : item.upload.name },
            { QStringLiteral("notes"), item.upload.notes },
            { QStringLiteral("related_model"), item.upload.relatedModel },
            { QStringLiteral("related_model_id"), item.upload.relatedId } };
        const Core::FieldErrors errors = Core::DocumentRules::check(metadata);
        item.message = errors.isEmpty() ? QString() : errors.first();
    }
    item.state = item.message.isEmpty() ? State::Waiting : State::Refused;
    item.sent = 0;
}

int DocumentUploadQueue::add(const Api::DocumentUpload& upload)
{
    Item item;
    item.upload = upload;
    check(item);
    const int row = int(m_items.size());
    beginInsertRows(QModelIndex(), row, row);
    m_items.append(item);
    endInsertRows();
    return row;
}

void DocumentUploadQueue::setUpload(int row, const Api::DocumentUpload& upload)
{
    Item& item = m_items[row];
    if (item.state == State::Uploading || item.state == State::Uploaded) {
        return;
    }
    item.upload = upload;
    check(item);
    changed(row);
}

void DocumentUploadQueue::remove(int row)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).state == State::Uploading) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    endRemoveRows();
    if (m_current > row) {
        --m_current;
    }
}

void DocumentUploadQueue::start()
{
    if (!isRunning()) {
        sendNext();
    }
}

void DocumentUploadQueue::cancel()
{
    if (m_call) {
        m_call->cancel();
    }
}

void DocumentUploadQueue::retry()
{
    for (int row = 0; row < m_items.size(); ++row) {
        Item& item = m_items[row];
        if (item.state == State::Failed || item.state == State::Cancelled || item.state == State::Refused) {
            check(item); // the file may have changed, or the server's limit
            changed(row);
        }
    }
    start();
}

int DocumentUploadQueue::count(State state) const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [state](const Item& item) { return item.state == state; }));
}

void DocumentUploadQueue::sendNext()
{
    const bool wasRunning = isRunning();
    m_current = -1;
    for (int row = 0; row < m_items.size() && m_current < 0; ++row) {
        if (m_items.at(row).state == State::Waiting) {
            m_current = row;
        }
    }
    if (m_current < 0) {
        if (wasRunning) {
            Q_EMIT runningChanged(false);
        }
        return;
    }
    if (!wasRunning) {
        Q_EMIT runningChanged(true);
    }
    Item& item = m_items[m_current];
    item.state = State::Uploading;
    item.sent = 0;
    item.message.clear();
    changed(m_current);
    m_call = m_client->uploadDocument(item.upload, this, [this](const Api::ApiResult<Core::Document>& result) {
        Item& done = m_items[m_current];
        if (result.ok()) {
            done.state = State::Uploaded;
            done.sent = done.size;
        } else {
            const Api::ApiError& error = result.error();
            done.state = error.band() == Api::ApiError::Band::Cancelled ? State::Cancelled : State::Failed;
            done.message = done.state == State::Cancelled ? tr("Cancelled; nothing was kept on the server.")
                                                          : tr("Not uploaded: %1").arg(error.message());
        }
        changed(m_current);
        if (result.ok()) {
            Q_EMIT uploaded(result.value());
        }
        if (done.state == State::Cancelled) {
            m_current = -1;
            m_call = nullptr;
            Q_EMIT runningChanged(false);
            return;
        }
        sendNext();
    });
    connect(m_call, &Api::ApiCall::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (m_current >= 0 && total > 0) {
            // The body is a little larger than the file (its form fields): scale to the file's size.
            Item& uploading = m_items[m_current];
            uploading.sent = qMin(uploading.size, sent * uploading.size / total);
            changed(m_current);
        }
    });
}

void DocumentUploadQueue::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DocumentUploadQueue::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DocumentUploadQueue::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentUploadQueue::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Item& item = m_items.at(index.row());
    const int percent = item.size > 0 ? int(item.sent * 100 / item.size) : 0;
    if (role == ProgressRole && index.column() == StatusColumn) {
        return item.state == State::Uploading || item.state == State::Uploaded ? percent : -1;
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        return item.message;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return QVariant();
    }
    switch (Column(index.column())) {
    case FileColumn:
        return item.upload.name.isEmpty() ? QFileInfo(item.upload.filePath).fileName() : item.upload.name;
    case TypeColumn:
        return Core::DocumentRules::documentTypeName(item.upload.documentType);
    case RelatedColumn:
        return m_relatedName ? m_relatedName(item.upload.relatedId) : item.upload.relatedId;
    case SizeColumn:
        return Core::DocumentRules::sizeText(item.size);
    case StatusColumn:
        switch (item.state) {
        case State::Waiting:
            return tr("Waiting");
        case State::Refused:
            return item.message;
        case State::Uploading:
            return tr("%1%").arg(percent);
        case State::Uploaded:
            return tr("Uploaded");
        case State::Failed:
            return item.message;
        case State::Cancelled:
            return tr("Cancelled");
        }
        break;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant DocumentUploadQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case FileColumn:
        return tr("File");
    case TypeColumn:
        return tr("Type");
    case RelatedColumn:
        return tr("Belongs to");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Progress");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace Crego::Models
