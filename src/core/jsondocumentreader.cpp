// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocumentreader.h"

#include "jsondecodestate.h"

#include <QCoreApplication>

namespace Crego::Core {

namespace {

// Large parser buffers are released after use so one huge response does not pin its memory.
constexpr size_t RetainedParserCapacity = size_t(16) << 20;

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

bool JsonDocumentReader::read(const QByteArray& json, const JsonReader::ElementReader& root, JsonError& error)
{
    thread_local simdjson::ondemand::parser parser;

    simdjson::padded_string copy;
    simdjson::padded_string_view view;
    if (json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        view = simdjson::padded_string_view(json.constData(), size_t(json.size()), size_t(json.capacity()));
    } else {
        copy = simdjson::padded_string(json.constData(), size_t(json.size()));
        view = copy;
    }

    JsonDecodeState state;
    bool ok = false;
    {
        simdjson::ondemand::document document;
        simdjson::ondemand::value value;
        if (json.trimmed().isEmpty()) {
            state.failWith(simdjson::EMPTY);
        } else if (const auto parseError = parser.iterate(view).get(document)) {
            state.failWith(parseError);
        } else if (const auto valueError = document.get_value().get(value)) {
            if (valueError == simdjson::SCALAR_DOCUMENT_AS_VALUE) {
                const QByteArray start = json.trimmed().left(20);
                const bool looksLikeJson = QByteArrayView("\"-0123456789tfn").contains(start.front());
                state.fail(looksLikeJson ? JsonReader::tr("expected an object or an array at the top")
                                         : JsonReader::tr("response is not JSON; it starts with \"%1\"")
                                               .arg(QString::fromUtf8(start).trimmed()));
            } else {
                state.failWith(valueError);
            }
        } else {
            JsonReader reader(&state, &value);
            ok = root(reader) && !state.failed();
            const char* trailing = nullptr;
            if (ok && !document.current_location().get(trailing)) {
                ok = state.failWith(simdjson::TRAILING_CONTENT);
            }
        }
    }
    if (parser.capacity() > RetainedParserCapacity) {
        parser = simdjson::ondemand::parser();
    }
    if (!ok) {
        if (!state.failed()) {
            state.fail(JsonReader::tr("malformed JSON"));
        }
        error = state.error;
    }
    return ok;
}

} // namespace Crego::Core
