// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsondocumentreader.h"
#include "objectschema.h"
#include "page.h"
#include "pagereader.h"

#include <QJsonDocument>

namespace Crego::Core {

//! Entry points from bytes to records and back, for any record type with a jsonSchema().
class JsonCodec
{
public:
    template<typename Record> static bool decode(const QByteArray& json, Record& out, JsonError& error)
    {
        return JsonDocumentReader::read(
            json, [&out](JsonReader& root) { return JsonField<Record>::read(root, out); }, error);
    }

    //! Decodes a bare array, a `{count, results}` page or an Omni page into the same Page type.
    template<typename Record> static bool decodePage(const QByteArray& json, Page<Record>& out, JsonError& error)
    {
        out.items.clear();
        return JsonDocumentReader::read(
            json,
            [&out](JsonReader& root) {
                // A bare array is the whole list: size the list once instead of growing it.
                out.items.reserve(std::max<qsizetype>(root.arraySize(), 0));
                return PageReader::read(root, out.info, [&out](JsonReader& element) {
                    Record item {};
                    if (!JsonField<Record>::read(element, item)) {
                        return false;
                    }
                    out.items.append(std::move(item));
                    return true;
                });
            },
            error);
    }

    template<typename Record> static QJsonObject encode(const Record& record)
    {
        return Record::jsonSchema().encode(record);
    }

    template<typename Record> static QByteArray toJson(const Record& record)
    {
        return QJsonDocument(encode(record)).toJson(QJsonDocument::Compact);
    }
};

} // namespace Crego::Core
