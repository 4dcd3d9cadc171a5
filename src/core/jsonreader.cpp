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
    simdjson::ondemand::json_type wanted, const QString& what)
{
    simdjson::ondemand::json_type type;
    if (const auto error = value.type().get(type)) {
        return state->failWith(error);
    }
    if (type != wanted) {
        return reader.fail(JsonReader::tr("expected %1, got %2").arg(what, typeName(type)));
    }
    return true;
}

bool JsonReader::readString(QString& out)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::string, JsonReader::tr("string"))) {
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
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::number, JsonReader::tr("integer"))) {
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
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::number, JsonReader::tr("number"))) {
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
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::boolean, JsonReader::tr("boolean"))) {
        return false;
    }
    if (const auto error = value.get_bool().get(out)) {
        return m_state->failWith(error);
    }
    return true;
}

bool JsonReader::readNumberTextOrString(QByteArray& out, bool& isString)
{
    auto& value = valueOf(m_value);
    simdjson::ondemand::json_type type;
    if (const auto error = value.type().get(type)) {
        return m_state->failWith(error);
    }
    if (type == simdjson::ondemand::json_type::string) {
        std::string_view text;
        if (const auto error = value.get_string().get(text)) {
            return m_state->failWith(error);
        }
        out = QByteArray(text.data(), qsizetype(text.size()));
        isString = true;
        return true;
    }
    if (type != simdjson::ondemand::json_type::number) {
        return fail(JsonReader::tr("expected number, got %1").arg(typeName(type)));
    }
    // Validate the number before trusting its literal text.
    double unused = 0;
    if (const auto error = value.get_double().get(unused)) {
        return m_state->failWith(error);
    }
    out = trimmedToken(value.raw_json_token());
    isString = false;
    return true;
}

bool JsonReader::readNumberText(QByteArray& out, bool acceptString)
{
    bool isString = false;
    if (!readNumberTextOrString(out, isString)) {
        return false;
    }
    if (isString && !acceptString) {
        return fail(JsonReader::tr("expected number, got string"));
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
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::object, JsonReader::tr("object"))) {
        return false;
    }
    simdjson::ondemand::object object;
    if (const auto error = value.get_object().get(object)) {
        return m_state->failWith(error);
    }
    std::vector<bool> seen(size_t(schema.fieldCount()), false);
    int previous = -1;
    for (auto member : object) {
        simdjson::ondemand::field field;
        if (const auto error = std::move(member).get(field)) {
            return m_state->failWith(error);
        }
        std::string_view key;
        if (const auto error = field.unescaped_key().get(key)) {
            return m_state->failWith(error);
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
        seen[size_t(index)] = true;
        schema.recordBase(record).decodedFields |= quint64(1) << index;
        m_state->pushKey(std::string_view(spec.key));
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
    for (int i = 0; i < schema.fieldCount(); ++i) {
        if (!seen[size_t(i)] && schema.field(i).presence == Presence::Required) {
            m_state->pushKey(std::string_view(schema.field(i).key));
            return fail(JsonReader::tr("missing required field"));
        }
    }
    return true;
}

bool JsonReader::readFields(const std::function<bool(std::string_view key, JsonReader& value)>& fieldReader)
{
    auto& value = valueOf(m_value);
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::object, JsonReader::tr("object"))) {
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
    if (!expectType(*this, m_state, value, simdjson::ondemand::json_type::array, JsonReader::tr("array"))) {
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
