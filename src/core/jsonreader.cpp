// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "jsondecodestate.h"
#include "objectschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Crego::Core {

namespace {

simdjson::ondemand::value& valueOf(void* value)
{
    return *static_cast<simdjson::ondemand::value*>(value);
}

QString typeName(simdjson::ondemand::json_type type)
{
    using simdjson::ondemand::json_type;
    switch (type) {
    case json_type::array:
        return JsonReader::tr("array");
    case json_type::object:
        return JsonReader::tr("object");
    case json_type::number:
        return JsonReader::tr("number");
    case json_type::string:
        return JsonReader::tr("string");
    case json_type::boolean:
        return JsonReader::tr("boolean");
    case json_type::null:
        return JsonReader::tr("null");
    }
    return JsonReader::tr("unknown value");
}

QByteArray trimmedToken(std::string_view token)
{
    while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t')) {
        token.remove_suffix(1);
    }
    return QByteArray(token.data(), qsizetype(token.size()));
}

//! The field's key without copying it: a view of the raw JSON text when it has no escapes (every key a
//! schema knows), unescaped into the parser's buffer otherwise.
bool keyOf(simdjson::ondemand::field& field, std::string_view& key)
{
    const char* raw = field.key().raw();
    size_t length = 0;
    while (raw[length] != '"' && raw[length] != '\\') {
        ++length;
    }
    if (raw[length] == '"') {
        key = std::string_view(raw, length);
        return true;
    }
    return !field.unescaped_key().get(key);
}

} // namespace

bool JsonReader::fail(const QString& message)
{
    m_state->fail(message);
    return false;
}

JsonReader::Kind JsonReader::kind()
{
    using simdjson::ondemand::json_type;
    json_type type;
    if (valueOf(m_value).type().get(type)) {
        return Kind::Invalid;
    }
    switch (type) {
    case json_type::array:
        return Kind::Array;
    case json_type::object:
        return Kind::Object;
    case json_type::number:
        return Kind::Number;
    case json_type::string:
        return Kind::String;
    case json_type::boolean:
        return Kind::Bool;
    case json_type::null:
        return Kind::Null;
    }
    return Kind::Invalid;
}

//! Fails with "expected <what>, got <actual type>" unless the value has type \a wanted.
static bool expectType(JsonReader& reader, JsonDecodeState* state, simdjson::ondemand::value& value,
    simdjson::ondemand::json_type wanted, const char* what)
{
    simdjson::ondemand::json_type type;
    if (const auto error = value.type().get(type)) {
        return state->failWith(error);
    }
    if (type != wanted) {
        // Translated only on failure: this runs for every value of every payload.
        return reader.fail(JsonReader::tr("expected %1, got %2").arg(JsonReader::tr(what), typeName(type)));
    }
    return true;
}

bool JsonReader::readString(QString& out)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::string, QT_TRANSLATE_NOOP("JsonReader", "string"))) {
        return false;
    }
    std::string_view text;
    if (const auto error = value.get_string().get(text)) {
        return m_state->failWith(error);
    }
    out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return true;
}

bool JsonReader::readInteger(qint64& out)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::number, QT_TRANSLATE_NOOP("JsonReader", "integer"))) {
        return false;
    }
    int64_t number = 0;
    if (value.get_int64().get(number)) {
        const std::string_view token = value.raw_json_token();
        return fail(JsonReader::tr("expected integer, got %1").arg(QString::fromUtf8(trimmedToken(token))));
    }
    out = number;
    return true;
}

bool JsonReader::readDouble(double& out)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::number, QT_TRANSLATE_NOOP("JsonReader", "number"))) {
        return false;
    }
    if (const auto error = value.get_double().get(out)) {
        return m_state->failWith(error);
    }
    return true;
}

bool JsonReader::readBool(bool& out)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::boolean, QT_TRANSLATE_NOOP("JsonReader", "boolean"))) {
        return false;
    }
    if (const auto error = value.get_bool().get(out)) {
        return m_state->failWith(error);
    }
    return true;
}

bool JsonReader::readNumberText(QByteArrayView& out, bool acceptString)
{
    auto& value = valueOf(m_value);
    simdjson::ondemand::json_type type;
    if (const auto error = value.type().get(type)) {
        return m_state->failWith(error);
    }
    if (type == simdjson::ondemand::json_type::string && acceptString) {
        std::string_view text;
        if (const auto error = value.get_string().get(text)) {
            return m_state->failWith(error);
        }
        out = QByteArrayView(text.data(), qsizetype(text.size()));
        return true;
    }
    if (type != simdjson::ondemand::json_type::number) {
        return fail(tr("expected number, got %1").arg(typeName(type)));
    }
    std::string_view token = value.raw_json_token();
    while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t')) {
        token.remove_suffix(1);
    }
    out = QByteArrayView(token.data(), qsizetype(token.size()));
    return true;
}

bool JsonReader::readNumberOrString(double& number, QByteArrayView& text, bool& isString)
{
    auto& value = valueOf(m_value);
    simdjson::ondemand::json_type type;
    if (const auto error = value.type().get(type)) {
        return m_state->failWith(error);
    }
    isString = type == simdjson::ondemand::json_type::string;
    if (isString) {
        std::string_view view;
        if (const auto error = value.get_string().get(view)) {
            return m_state->failWith(error);
        }
        text = QByteArrayView(view.data(), qsizetype(view.size()));
        return true;
    }
    if (type != simdjson::ondemand::json_type::number) {
        return fail(tr("expected number, got %1").arg(typeName(type)));
    }
    if (const auto error = value.get_double().get(number)) {
        return m_state->failWith(error);
    }
    return true;
}

bool JsonReader::readAnyValue(QJsonValue& out)
{
    auto& value = valueOf(m_value);
    simdjson::ondemand::json_type type;
    if (const auto error = value.type().get(type)) {
        return m_state->failWith(error);
    }
    std::string_view raw;
    simdjson::error_code error = simdjson::SUCCESS;
    if (type == simdjson::ondemand::json_type::object) {
        simdjson::ondemand::object object;
        error = value.get_object().get(object);
        if (!error) {
            error = object.raw_json().get(raw);
        }
    } else if (type == simdjson::ondemand::json_type::array) {
        simdjson::ondemand::array array;
        error = value.get_array().get(array);
        if (!error) {
            error = array.raw_json().get(raw);
        }
    } else {
        raw = value.raw_json_token();
    }
    if (error) {
        return m_state->failWith(error);
    }
    // Rare path (fields this client does not know): let Qt parse the fragment wrapped in an array.
    QByteArray wrapped;
    wrapped.reserve(qsizetype(raw.size()) + 2);
    wrapped.append('[').append(raw.data(), qsizetype(raw.size())).append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting) {
        return fail(JsonReader::tr("JSON is nested too deeply"));
    }
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        return fail(JsonReader::tr("malformed JSON value"));
    }
    out = document.array().at(0);
    return true;
}

bool JsonReader::readObject(const ObjectSchemaBase& schema, void* record)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::object, QT_TRANSLATE_NOOP("JsonReader", "object"))) {
        return false;
    }
    simdjson::ondemand::object object;
    if (const auto error = value.get_object().get(object)) {
        return m_state->failWith(error);
    }
    quint64 seen = 0; // schemas hold fewer than 64 fields

    int previous = -1;
    for (auto member : object) {
        simdjson::ondemand::field field;
        if (const auto error = std::move(member).get(field)) {
            return m_state->failWith(error);
        }
        std::string_view key;
        if (!keyOf(field, key)) {
            return m_state->failWith(simdjson::STRING_ERROR);
        }
        const int index = schema.indexOf(key, previous);
        simdjson::ondemand::value fieldValue = field.value();
        JsonReader child(m_state, &fieldValue);
        if (index < 0) {
            m_state->pushKey(key);
            QJsonValue unknown;
            if (!child.readAnyValue(unknown)) {
                return false;
            }
            m_state->pop();
            schema.recordBase(record).unknownFields.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), unknown);
            continue;
        }
        previous = index;
        const ObjectSchemaBase::Field& spec = schema.field(index);
        seen |= quint64(1) << index;
        m_state->pushKey(spec.key);
        if (spec.presence == Presence::Optional && child.isNull()) {
            m_state->pop();
            continue; // tolerant: an optional null keeps its default
        }
        if (!spec.read(record, child)) {
            return false;
        }
        m_state->pop();
    }
    if (m_state->failed()) {
        return false;
    }
    schema.recordBase(record).decodedFields = seen;
    for (int i = 0; i < schema.fieldCount(); ++i) {
        if (!(seen & (quint64(1) << i)) && schema.field(i).presence == Presence::Required) {
            m_state->pushKey(schema.field(i).key);
            return fail(JsonReader::tr("missing required field"));
        }
    }
    return true;
}

bool JsonReader::readFields(const std::function<bool(std::string_view key, JsonReader& value)>& fieldReader)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::object, QT_TRANSLATE_NOOP("JsonReader", "object"))) {
        return false;
    }
    simdjson::ondemand::object object;
    if (const auto error = value.get_object().get(object)) {
        return m_state->failWith(error);
    }
    for (auto member : object) {
        simdjson::ondemand::field field;
        if (const auto error = std::move(member).get(field)) {
            return m_state->failWith(error);
        }
        std::string_view key;
        if (const auto error = field.unescaped_key().get(key)) {
            return m_state->failWith(error);
        }
        simdjson::ondemand::value fieldValue = field.value();
        JsonReader child(m_state, &fieldValue);
        m_state->pushKey(key);
        if (!fieldReader(key, child)) {
            return false;
        }
        m_state->pop();
    }
    return !m_state->failed();
}

bool JsonReader::readArray(const ElementReader& element)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::array, QT_TRANSLATE_NOOP("JsonReader", "array"))) {
        return false;
    }
    simdjson::ondemand::array array;
    if (const auto error = value.get_array().get(array)) {
        return m_state->failWith(error);
    }
    qsizetype index = 0;
    for (auto item : array) {
        simdjson::ondemand::value itemValue;
        if (const auto error = std::move(item).get(itemValue)) {
            return m_state->failWith(error);
        }
        m_state->pushIndex(index++);
        JsonReader child(m_state, &itemValue);
        if (!element(child)) {
            return false;
        }
        m_state->pop();
    }
    return !m_state->failed();
}

} // namespace Crego::Core
