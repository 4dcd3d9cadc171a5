// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentthumbnails.h"

#include "cregoclient.h"

#include <QBuffer>
#include <QImageReader>

namespace Crego::Models {

DocumentThumbnails::DocumentThumbnails(Api::CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

QVariant DocumentThumbnails::thumbnail(const Core::Document& document)
{
    const auto image = m_images.constFind(document.id);
    if (image != m_images.constEnd()) {
        return *image;
    }
    if (!document.contentType.startsWith(u"image/") || document.size > MaxBytes || m_unavailable.contains(document.id)
        || m_queue.contains(document.id)) {
        return QVariant();
    }
    m_queue.append(document.id);
    if (!m_call) {
        fetchNext();
    }
    return QVariant();
}

void DocumentThumbnails::clear()
{
    if (m_call) {
        m_call->cancel();
    }
    m_queue.clear();
    m_images.clear();
    m_unavailable.clear();
}

void DocumentThumbnails::fetchNext()
{
    if (m_queue.isEmpty()) {
        return;
    }
    const QString id = m_queue.constFirst();
    m_call = m_client->documentContent(id, this, [this, id](const Api::ApiResult<QByteArray>& result) {
        m_call = nullptr;
        m_queue.removeOne(id);
        if (result.ok()) {
            QByteArray data = result.value();
            QBuffer buffer(&data);
            QImageReader reader(&buffer);
            const QSize size = reader.size();
            if (size.isValid()) {
                reader.setScaledSize(size.scaled(Size, Size, Qt::KeepAspectRatio));
            }
            const QImage image = reader.read();
            if (!image.isNull()) {
                m_images.insert(id, image);
                Q_EMIT ready(id);
            } else {
                m_unavailable.insert(id);
            }
        } else if (result.error().band() != Api::ApiError::Band::Cancelled) {
            m_unavailable.insert(id);
        }
        fetchNext();
    });
}

} // namespace Crego::Models
