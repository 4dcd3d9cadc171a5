// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Crego::Api {
class ApiCall;
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

//! Small pictures of a lead's image documents for the documents table: fetched one at a time as the table
//! first shows each row, scaled down and kept in memory only (never written to disk).
class DocumentThumbnails final : public QObject
{
    Q_OBJECT

public:
    static constexpr int Size = 40; //!< the longer side, in pixels
    //! Larger files are not fetched for a thumbnail.
    static constexpr qint64 MaxBytes = qint64(8) * 1024 * 1024;

    explicit DocumentThumbnails(Api::CregoClient* client, QObject* parent = nullptr);

    //! \a document's picture (a QImage) once fetched; nothing for other files or while it is fetched (which
    //! this starts).
    QVariant thumbnail(const Core::Document& document);
    //! Drops what was fetched (after a reload).
    void clear();

Q_SIGNALS:
    //! The picture of document \a documentId arrived.
    void ready(const QString& documentId);

private:
    void fetchNext();

    Api::CregoClient* m_client;
    QHash<QString, QImage> m_images;
    QSet<QString> m_unavailable; //!< not an image after all, or could not be fetched
    QStringList m_queue;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Crego::Models
