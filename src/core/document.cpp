// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

namespace Crego::Core {

const ObjectSchema<Document>& Document::jsonSchema()
{
    static const ObjectSchema<Document> schema = [] {
        using D = Document;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<D> s;
        s.field("id", &D::id, optional)
            .field("related_model", &D::relatedModel, optional)
            .field("related_model_id", &D::relatedModelId, optional)
            .field("document_type", &D::documentType, optional)
            .field("name", &D::name, optional)
            .field("notes", &D::notes, optional)
            .field("content_type", &D::contentType, optional)
            .field("size", &D::size, optional)
            .field("status", &D::status, optional)
            .field("download_url", &D::downloadUrl, optional)
            .field("created_at", &D::createdAt, optional)
            .field("updated_at", &D::updatedAt, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
