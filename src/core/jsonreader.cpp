// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "jsondecodestate.h"
#include "objectschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QtAlgorithms>

#include <algorithm>
#include <charconv>

namespace Crego::Core {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

const element& elementOf(const void* value)
{
    return *static_cast<const element*>(value);
}

QString typeName(element_type type)
{
    switch (type) {
    case element_type::ARRAY:
        return JsonReader::tr("array");
    case element_type::OBJECT:
        return JsonReader::tr("object");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return JsonReader::tr("number");
    case element_type::STRING:
        return JsonReader::tr("string");
    case element_type::BOOL:
        return JsonReader::tr("boolean");
    case element_type::NULL_VALUE:
        return JsonReader::tr("null");
    }
    return JsonReader::tr("unknown value");
}

bool isNumber(element_type type)
{
    return type == element_type::INT64 || type == element_type::UINT64 || type == element_type::DOUBLE;
}

//! The shortest decimal text of a parsed number: for a double, the digits that round-trip to it, which
//! are the digits the server wrote for any amount with up to 15 significant figures.
QByteArrayView numberText(const element& value, char (&buffer)[64])
{
    std::to_chars_result written;
    switch (value.type()) {
    case element_type::INT64:
        written = std::to_chars(buffer, buffer + sizeof(buffer), int64_t(value.get_int64()));
        break;
    case element_type::UINT64:
        written = std::to_chars(buffer, buffer + sizeof(buffer), uint64_t(value.get_uint64()));
        break;
    default:
        written = std::to_chars(buffer, buffer + sizeof(buffer), double(value.get_double()));
        break;
    }
    return QByteArrayView(buffer, written.ptr - buffer);
}

QJsonValue toJsonValue(const element& value)
{
    switch (value.type()) {
    case element_type::ARRAY: {
        QJsonArray array;
        for (element item : value.get_array()) {
            array.append(toJsonValue(item));
        }
        return array;
    }
    case element_type::OBJECT: {
        QJsonObject object;
        for (simdjson::dom::key_value_pair field : value.get_object()) {
            object.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())), toJsonValue(field.value));
        }
        return object;
    }
    case element_type::INT64:
        return qint64(int64_t(value.get_int64()));
    case element_type::UINT64:
        return double(uint64_t(value.get_uint64()));
    case element_type::DOUBLE:
        return double(value.get_double());
    case element_type::STRING: {
        const std::string_view text = value.get_string();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    case element_type::BOOL:
        return bool(value.get_bool());
    case element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

bool JsonReader::fail(const QString& message)
{
    m_state->fail(message);
    return false;
}

JsonReader::Kind JsonReader::kind()
{
    switch (elementOf(m_value).type()) {
    case element_type::ARRAY:
        return Kind::Array;
    case element_type::OBJECT:
        return Kind::Object;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return Kind::Number;
    case element_type::STRING:
        return Kind::String;
    case element_type::BOOL:
        return Kind::Bool;
    case element_type::NULL_VALUE:
        return Kind::Null;
    }
    return Kind::Invalid;
}

qsizetype JsonReader::arraySize()
{
    const element& value = elementOf(m_value);
    return value.type() == element_type::ARRAY ? qsizetype(simdjson::dom::array(value).size()) : -1;
}

//! Fails with "expected <what>, got <actual type>"; \a what is translated only then, as this runs for
//! every value of every payload.
static bool expectedButGot(JsonReader& reader, const char* what, element_type type)
{
    return reader.fail(JsonReader::tr("expected %1, got %2").arg(JsonReader::tr(what), typeName(type)));
}

bool JsonReader::readString(QString& out)
{
    const element& value = elementOf(m_value);
    if (value.type() != element_type::STRING) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "string"), value.type());
    }
    const std::string_view text = value.get_string();
    // Enumerations and codes repeat in every record of a payload: share them instead of copying.
    if (text.size() <= ShortStringCache::MaxLength) {
        out = m_state->shortStrings.get(text);
        return true;
    }
    // Ids, names and codes are mostly ASCII, which converts faster as Latin-1 (the same characters).
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
    out = ascii ? QString::fromLatin1(text.data(), qsizetype(text.size()))
                : QString::fromUtf8(text.data(), qsizetype(text.size()));
    return true;
}

bool JsonReader::readInteger(qint64& out)
{
    const element& value = elementOf(m_value);
    if (value.type() == element_type::INT64) {
        out = int64_t(value.get_int64());
        return true;
    }
    if (!isNumber(value.type())) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "integer"), value.type());
    }
    const QByteArrayView text = numberText(value, m_state->numberText);
    return fail(tr("expected integer, got %1").arg(QString::fromLatin1(text.data(), text.size())));
}

bool JsonReader::peekInteger(qint64& out)
{
    const element& value = elementOf(m_value);
    if (value.type() != element_type::INT64) {
        return false;
    }
    out = int64_t(value.get_int64());
    return true;
}

bool JsonReader::readDouble(double& out)
{
    const element& value = elementOf(m_value);
    if (!isNumber(value.type())) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "number"), value.type());
    }
    out = value.get_double();
    return true;
}

bool JsonReader::readBool(bool& out)
{
    const element& value = elementOf(m_value);
    if (value.type() != element_type::BOOL) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "boolean"), value.type());
    }
    out = value.get_bool();
    return true;
}

bool JsonReader::readNumberText(QByteArrayView& out, bool acceptString)
{
    const element& value = elementOf(m_value);
    if (value.type() == element_type::STRING && acceptString) {
        const std::string_view text = value.get_string();
        out = QByteArrayView(text.data(), qsizetype(text.size()));
        return true;
    }
    if (!isNumber(value.type())) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "number"), value.type());
    }
    out = numberText(value, m_state->numberText);
    return true;
}

bool JsonReader::readNumberOrString(double& number, QByteArrayView& text, bool& isString)
{
    const element& value = elementOf(m_value);
    isString = value.type() == element_type::STRING;
    if (isString) {
        const std::string_view view = value.get_string();
        text = QByteArrayView(view.data(), qsizetype(view.size()));
        return true;
    }
    if (!isNumber(value.type())) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "number"), value.type());
    }
    number = value.get_double();
    return true;
}

JsonReader::JsonReader(JsonDecodeState* state, const void* value)
    : m_state(state)
    , m_value(value)
    , m_depth(state->path.size())
{ }

JsonError JsonReader::recover()
{
    JsonError error = m_state->error;
    m_state->error = JsonError();
    m_state->hasError = false;
    m_state->path.resize(m_depth);
    return error;
}

bool JsonReader::readAnyValue(QJsonValue& out)
{
    out = toJsonValue(elementOf(m_value));
    return true;
}

bool JsonReader::readObject(const ObjectSchemaBase& schema, void* record)
{
    const element& value = elementOf(m_value);
    if (value.type() != element_type::OBJECT) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "object"), value.type());
    }
    quint64 seen = 0; // schemas hold fewer than 64 fields
    int previous = -1;
    for (simdjson::dom::key_value_pair field : value.get_object()) {
        const int index = schema.indexOf(field.key, previous);
        JsonReader child(m_state, &field.value);
        if (index < 0) {
            QJsonValue unknown;
            child.readAnyValue(unknown);
            schema.recordBase(record).unknownFields.insert(
                QString::fromUtf8(field.key.data(), qsizetype(field.key.size())), unknown);
            continue;
        }
        previous = index;
        seen |= quint64(1) << index;
        const ObjectSchemaBase::Field& spec = schema.field(index);
        if (field.value.type() == element_type::NULL_VALUE) {
            // Null is absent: text and flags stay empty; a figure keeps its default when optional and is
            // missing when required.
            if (!spec.nullIsEmpty) {
                seen &= ~(quint64(1) << index);
            }
            continue;
        }
        m_state->pushKey(spec.key);
        if (!spec.read(record, child)) {
            return false;
        }
        m_state->pop();
    }
    schema.recordBase(record).decodedFields = seen;
    if (const quint64 missing = schema.requiredFields() & ~seen) {
        m_state->pushKey(schema.field(qCountTrailingZeroBits(missing)).key);
        return fail(tr("missing required field"));
    }
    return true;
}

bool JsonReader::readFields(const std::function<bool(std::string_view key, JsonReader& value)>& fieldReader)
{
    const element& value = elementOf(m_value);
    if (value.type() != element_type::OBJECT) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "object"), value.type());
    }
    for (simdjson::dom::key_value_pair field : value.get_object()) {
        JsonReader child(m_state, &field.value);
        m_state->pushKey(field.key);
        if (!fieldReader(field.key, child)) {
            return false;
        }
        m_state->pop();
    }
    return true;
}

bool JsonReader::readArray(const ElementReader& elementReader)
{
    const element& value = elementOf(m_value);
    if (value.type() != element_type::ARRAY) {
        return expectedButGot(*this, QT_TRANSLATE_NOOP("JsonReader", "array"), value.type());
    }
    qsizetype index = 0;
    for (element item : value.get_array()) {
        m_state->pushIndex(index++);
        JsonReader child(m_state, &item);
        if (!elementReader(child)) {
            return false;
        }
        m_state->pop();
    }
    return true;
}

} // namespace Crego::Core
