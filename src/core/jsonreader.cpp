// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "jsondecodestate.h"
#include "objectschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QtAlgorithms>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <thread>

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

//! Parses one element of a long list, in place when the bytes after it cover the parser's padding.
simdjson::error_code parseElement(
    simdjson::dom::parser& parser, const JsonArrayStream& stream, const JsonArraySplitter::Span& span, element& item)
{
    const bool inPlace = span.end + simdjson::SIMDJSON_PADDING <= stream.readable;
    return parser.parse(stream.data + span.begin, span.end - span.begin, !inPlace).get(item);
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
    if (m_stream) {
        return qsizetype(m_stream->elements.size());
    }
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

JsonReader::JsonReader(JsonDecodeState* state, const void* value, const JsonArrayStream* stream)
    : m_state(state)
    , m_value(value)
    , m_stream(stream)
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

bool JsonReader::readStream(const ElementReader& elementReader)
{
    qsizetype index = 0;
    for (const JsonArraySplitter::Span& span : m_stream->elements) {
        m_state->pushIndex(index++);
        element item;
        if (const auto error = parseElement(*m_stream->parser, *m_stream, span, item)) {
            return m_state->failWith(error); // broken bytes: the whole list is unreadable, not one record
        }
        JsonReader child(m_state, &item);
        if (!elementReader(child)) {
            return false;
        }
        m_state->pop();
    }
    return true;
}

bool JsonReader::readConcurrently(
    const IndexedElementReader& elementReader, QList<qsizetype>& failedIndexes, QList<JsonError>& failures)
{
    const std::vector<JsonArraySplitter::Span>& spans = m_stream->elements;
    const qsizetype count = qsizetype(spans.size());
    // Batches handed out in order, and a batch taken is read to its end (or its own broken element): when
    // one worker meets broken bytes and the others take no further batch, every element before the
    // broken one has been read, and the first broken element is the one named, as when read in order.
    constexpr qsizetype BatchSize = 32;
    std::atomic<qsizetype> nextBatch { 0 };
    std::atomic<bool> broken { false };
    struct Worker
    {
        JsonDecodeState state;
        qsizetype brokenAt = -1;
        std::vector<std::pair<qsizetype, JsonError>> failed;
    };
    const auto work = [&](Worker& worker, simdjson::dom::parser& parser) {
        worker.state.path = m_state->path;
        while (!broken.load(std::memory_order_relaxed)) {
            const qsizetype first = nextBatch.fetch_add(1, std::memory_order_relaxed) * BatchSize;
            if (first >= count) {
                return;
            }
            for (qsizetype index = first; index < std::min(first + BatchSize, count); ++index) {
                const JsonArraySplitter::Span& span = spans[size_t(index)];
                worker.state.pushIndex(index);
                element item;
                if (const auto error = parseElement(parser, *m_stream, span, item)) {
                    worker.state.failWith(error);
                    worker.brokenAt = index;
                    broken.store(true, std::memory_order_relaxed);
                    return;
                }
                JsonReader child(&worker.state, &item);
                if (!elementReader(index, child)) {
                    worker.failed.emplace_back(index, child.recover());
                }
                worker.state.pop();
            }
        }
    };
    // Elements are a few kilobytes each: beyond a few threads, memory bandwidth is the limit.
    const int threadCount = int(std::clamp(std::thread::hardware_concurrency(), 1U, 4U));
    const qsizetype batches = (count + BatchSize - 1) / BatchSize;
    std::vector<Worker> workers(size_t(std::clamp<qsizetype>(batches, 1, threadCount)));
    std::vector<std::thread> helpers;
    for (size_t i = 1; i < workers.size(); ++i) {
        helpers.emplace_back([&work, &worker = workers[i]] {
            simdjson::dom::parser parser;
            work(worker, parser);
        });
    }
    work(workers.front(), *m_stream->parser);
    for (std::thread& helper : helpers) {
        helper.join();
    }

    const Worker* firstBroken = nullptr;
    std::vector<std::pair<qsizetype, JsonError>> failed;
    for (const Worker& worker : workers) {
        if (worker.brokenAt >= 0 && (!firstBroken || worker.brokenAt < firstBroken->brokenAt)) {
            firstBroken = &worker;
        }
        failed.insert(failed.end(), worker.failed.begin(), worker.failed.end());
    }
    if (firstBroken) {
        m_state->error = firstBroken->state.error;
        m_state->hasError = true;
        m_state->unreadable = true;
        return false;
    }
    std::sort(failed.begin(), failed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [index, error] : failed) {
        failedIndexes.append(index);
        failures.append(error);
    }
    return true;
}

bool JsonReader::readArray(const ElementReader& elementReader)
{
    if (m_stream) {
        return readStream(elementReader);
    }
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
