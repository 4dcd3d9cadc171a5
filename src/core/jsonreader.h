// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <string_view>

namespace Crego::Core {

class ObjectSchemaBase;
struct JsonArrayStream;
struct JsonDecodeState;

//! One position in a JSON document being decoded; field readers pull typed values from it.
//! Every read either succeeds or records an error naming the field path and returns false.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    using ElementReader = std::function<bool(JsonReader&)>;

    enum class Kind { Null, Bool, Number, String, Array, Object, Invalid };

    Kind kind();
    bool isNull() { return kind() == Kind::Null; }
    //! Elements in the array here, or -1 when this is not an array (lets callers reserve memory).
    qsizetype arraySize();
    bool readString(QString& out);
    bool readInteger(qint64& out);
    //! True, with the value, when the value here is a JSON integer within 64 bits; otherwise false and no
    //! error recorded (amounts take this short way when the server writes whole rupees).
    bool peekInteger(qint64& out);
    bool readDouble(double& out);
    bool readBool(bool& out);
    //! The literal text of a JSON number (or of a numeric string when \a acceptString), for exact decimals.
    //! The view stays valid until the whole document has been decoded.
    bool readNumberText(QByteArrayView& out, bool acceptString);
    //! A number as a double, or a string; \a isString tells which one was found (then \a text holds it).
    bool readNumberOrString(double& number, QByteArrayView& text, bool& isString);
    bool readAnyValue(QJsonValue& out);
    bool readObject(const ObjectSchemaBase& schema, void* record);
    //! Walks an object field by field, for shapes without a fixed schema (list envelopes).
    bool readFields(const std::function<bool(std::string_view key, JsonReader& value)>& field);
    bool readArray(const ElementReader& element);

    using IndexedElementReader = std::function<bool(qsizetype index, JsonReader& element)>;
    //! Whether this is a long list at the top of a document, parsed element by element (see
    //! JsonDocumentReader::setStreamingThreshold()), which readConcurrently() can read.
    bool isLongList() const { return m_stream != nullptr; }
    //! Reads each element of a long list with \a element on up to four threads at once, so \a element
    //! must be safe to call for different indexes at the same time. An element it returns false for is
    //! recovered, its index and error listed in \a failedIndexes and \a failures, sorted by index. Broken
    //! bytes end the read with their error, as in readArray().
    bool readConcurrently(
        const IndexedElementReader& element, QList<qsizetype>& failedIndexes, QList<JsonError>& failures);
    //! Records \a message as the error at this reader's path; always returns false.
    bool fail(const QString& message);
    //! After a failed read of this reader's value: the error, forgotten (and the path back at this value)
    //! so that reading goes on with the next element of a list.
    JsonError recover();

private:
    friend class JsonDocumentReader;
    JsonReader(JsonDecodeState* state, const void* value, const JsonArrayStream* stream = nullptr);
    bool readStream(const ElementReader& element);

    JsonDecodeState* m_state;
    const void* m_value; // const simdjson::dom::element*, kept out of this header
    //! Set on the root of a long array read element by element; m_value is then an empty array, so every
    //! read but readArray() and arraySize() fails as on any array.
    const JsonArrayStream* m_stream;
    size_t m_depth; // the path's length at this value
};

} // namespace Crego::Core
