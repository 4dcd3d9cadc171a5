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
    //! One element that cannot be read is left out of the page and listed in Page::skipped, so a single
    //! odd record never hides the others; a list none of whose elements can be read is an error.
    template<typename Record> static bool decodePage(const QByteArray& json, Page<Record>& out, JsonError& error)
    {
        out.items.clear();
        out.skipped.clear();
        return JsonDocumentReader::read(
            json,
            [&out](JsonReader& root) {
                if (root.isLongList()) {
                    return readLongList(root, out);
                }
                // A bare array is the whole list: size the list once instead of growing it.
                out.items.reserve(std::max<qsizetype>(root.arraySize(), 0));
                if (!PageReader::read(root, out.info, [&out](JsonReader& element) {
                        // Read in place: a record is large, and moving it into the list costs as much as
                        // reading a few of its fields.
                        if (!JsonField<Record>::read(element, out.items.emplace_back())) {
                            out.items.removeLast();
                            out.skipped.append(element.recover());
                        }
                        return true;
                    })) {
                    return false;
                }
                if (out.items.isEmpty() && !out.skipped.isEmpty()) {
                    return root.fail(out.skipped.first().toString());
                }
                return true;
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

private:
    //! A long list, read on several threads into its place in the page.
    template<typename Record> static bool readLongList(JsonReader& root, Page<Record>& out)
    {
        const qsizetype count = root.arraySize();
        out.items.resize(count);
        Record* const items = out.items.data();
        QList<qsizetype> failed;
        if (!root.readConcurrently([items](qsizetype index,
                                       JsonReader& element) { return JsonField<Record>::read(element, items[index]); },
                failed, out.skipped)) {
            return false;
        }
        for (auto index = failed.crbegin(); index != failed.crend(); ++index) {
            out.items.removeAt(*index);
        }
        out.info = PageReader::wholeList(count);
        if (out.items.isEmpty() && !out.skipped.isEmpty()) {
            return root.fail(out.skipped.first().toString());
        }
        return true;
    }
};

} // namespace Crego::Core
