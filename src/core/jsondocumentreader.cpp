// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocumentreader.h"

#include "jsondecodestate.h"

#include <QCoreApplication>

namespace Crego::Core {

namespace {

simdjson::dom::parser& threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

//! An empty array: the value a streamed root reader stands on (see JsonReader::m_stream).
const simdjson::dom::element& emptyArray()
{
    thread_local simdjson::dom::parser parser;
    thread_local const simdjson::dom::element empty = parser.parse("[]", 2, true).value_unsafe();
    return empty;
}

qsizetype& streamingThreshold()
{
    static qsizetype bytes = 1024 * 1024;
    return bytes;
}

//! Whether \a json has an array at the top (after any whitespace).
bool startsWithArray(const QByteArray& json)
{
    for (const char c : json) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            return c == '[';
        }
    }
    return false;
}

} // namespace

void JsonDecodeState::fail(const QString& message)
{
    if (hasError) {
        return;
    }
    hasError = true;
    error = JsonError { pathText(), message };
}

bool JsonDecodeState::failWith(simdjson::error_code code)
{
    unreadable = true;
    QString message;
    switch (code) {
    case simdjson::UTF8_ERROR:
        message = JsonReader::tr("text is not valid UTF-8");
        break;
    case simdjson::DEPTH_ERROR:
        message = JsonReader::tr("JSON is nested too deeply");
        break;
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        message = JsonReader::tr("number is malformed or out of range");
        break;
    case simdjson::CAPACITY:
        message = JsonReader::tr("JSON document is too large");
        break;
    case simdjson::EMPTY:
        message = JsonReader::tr("response is empty");
        break;
    default:
        message = JsonReader::tr("malformed JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
        break;
    }
    fail(message);
    return false;
}

QString JsonDecodeState::pathText() const
{
    QString text;
    for (const Segment& segment : path) {
        if (segment.index >= 0) {
            text += u'[' + QString::number(segment.index) + u']';
        } else {
            if (!text.isEmpty()) {
                text += u'.';
            }
            text += QString::fromUtf8(segment.key.data(), qsizetype(segment.key.size()));
        }
    }
    return text;
}

void JsonDocumentReader::setStreamingThreshold(qsizetype bytes)
{
    streamingThreshold() = bytes;
}

void JsonDocumentReader::trimMemory()
{
    threadParser() = simdjson::dom::parser();
}

bool JsonDocumentReader::read(const QByteArray& json, const JsonReader::ElementReader& root, JsonError& error)
{
    // One parser per thread, reused: its buffers are the expensive part of a parse (see trimMemory()).
    simdjson::dom::parser& parser = threadParser();

    JsonDecodeState state;
    bool ok = false;
    bool unreadable = false;
    if (json.trimmed().isEmpty()) {
        state.failWith(simdjson::EMPTY);
        unreadable = true;
    } else if (json.size() >= streamingThreshold() && startsWithArray(json)) {
        // A long list, element by element: the parse tree of one element instead of the whole list's.
        JsonArrayStream stream;
        stream.parser = &parser;
        stream.data = json.constData();
        stream.readable = size_t(json.capacity());
        if (!JsonArraySplitter::split(std::string_view(json.constData(), size_t(json.size())), stream.elements)) {
            state.failWith(simdjson::TAPE_ERROR);
        } else {
            JsonReader reader(&state, &emptyArray(), &stream);
            ok = root(reader) && !state.failed();
        }
    } else {
        // Bytes with simdjson's padding to spare are parsed in place; others are copied once.
        const bool padded = json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
        simdjson::dom::element document;
        if (const auto parseError = parser.parse(json.constData(), size_t(json.size()), !padded).get(document)) {
            state.failWith(parseError);
            unreadable = true;
        } else if (document.type() != simdjson::dom::element_type::ARRAY
            && document.type() != simdjson::dom::element_type::OBJECT) {
            state.fail(JsonReader::tr("expected an object or an array at the top"));
        } else {
            JsonReader reader(&state, &document);
            ok = root(reader) && !state.failed();
        }
    }
    if (!ok) {
        if (!state.failed()) {
            state.fail(JsonReader::tr("malformed JSON"));
            unreadable = true;
        }
        if (state.error.message.isEmpty() || state.error.message.startsWith(u"malformed")) {
            const QByteArray start = json.trimmed().left(20);
            if (!start.isEmpty() && !QByteArrayView("[{\"-0123456789tfn").contains(start.front())) {
                state.error = JsonError { QString(),
                    JsonReader::tr("response is not JSON; it starts with \"%1\"")
                        .arg(QString::fromUtf8(start).trimmed()) };
            }
        }
        error = state.error;
        error.unreadable = unreadable || state.unreadable;
    }
    return ok;
}

} // namespace Crego::Core
