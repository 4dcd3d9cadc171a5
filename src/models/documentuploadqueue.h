// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "documentupload.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Crego::Api {
class ApiCall;
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

//! Files waiting to become a lead's documents, uploaded one after another: each row is a file with its
//! type, the record it will belong to, its size and where it stands (waiting, refused before sending and
//! why, n % sent, uploaded, failed and why, cancelled). A refused, failed or cancelled file stays in the
//! list with everything chosen for it, so Retry is one click.
class DocumentUploadQueue final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, TypeColumn, RelatedColumn, SizeColumn, StatusColumn, ColumnCount };
    enum class State { Waiting, Refused, Uploading, Uploaded, Failed, Cancelled };
    Q_ENUM(State)
    //! On the status column: the percentage sent (0–100) while uploading and once uploaded, else -1.
    static constexpr int ProgressRole = Qt::UserRole + 40;

    DocumentUploadQueue(Api::CregoClient* client, std::function<QString(const QString& relatedId)> relatedName,
        QObject* parent = nullptr);

    //! Adds \a upload's file, checked at once (content and size); returns its row.
    int add(const Api::DocumentUpload& upload);
    const Api::DocumentUpload& upload(int row) const { return m_items.at(row).upload; }
    State state(int row) const { return m_items.at(row).state; }
    //! Why row \a row was refused or failed ("" otherwise).
    QString message(int row) const { return m_items.at(row).message; }
    //! Changes what row \a row's file is (type, record, name, notes) unless it is uploading or uploaded.
    void setUpload(int row, const Api::DocumentUpload& upload);
    //! Takes row \a row out of the list unless it is uploading.
    void remove(int row);

    //! Uploads every waiting file, one after another.
    void start();
    //! Stops the upload in progress (the server keeps nothing of it); files not yet sent stay waiting.
    void cancel();
    //! Failed and cancelled files wait again, and the queue starts.
    void retry();
    bool isRunning() const { return m_current >= 0; }
    //! Rows in \a state.
    int count(State state) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! A file became \a document on the server.
    void uploaded(const Core::Document& document);
    //! Running or not any more (every waiting file sent, or cancelled).
    void runningChanged(bool running);

private:
    struct Item
    {
        Api::DocumentUpload upload;
        qint64 size = 0;
        State state = State::Waiting;
        qint64 sent = 0;
        QString message;
    };
    void check(Item& item) const;
    void sendNext();
    void changed(int row);

    Api::CregoClient* m_client;
    std::function<QString(const QString&)> m_relatedName;
    QList<Item> m_items;
    int m_current = -1; //!< the row being uploaded
    QPointer<Api::ApiCall> m_call;
};

} // namespace Crego::Models
