// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the core's JSON decoder: the only header besides the .cpp files that sees simdjson.

#include "jsonerror.h"

#include <simdjson.h>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace Crego::Core {

//! The path being decoded and the first error met; shared by every JsonReader of one document.
struct JsonDecodeState
{
    struct Segment
    {
        std::string_view key; // a schema literal or text in the parser's buffer; empty for an array element
        qsizetype index = -1;
    };

    void pushKey(std::string_view key) { path.push_back(Segment { key, -1 }); }
    void pushIndex(qsizetype index) { path.push_back(Segment { std::string_view(), index }); }
    void pop() { path.pop_back(); }
    bool failed() const { return hasError; }

    void fail(const QString& message);
    //! Records a parser error (malformed JSON, bad UTF-8, truncation, nesting) at the current path; returns false.
    bool failWith(simdjson::error_code code);
    QString pathText() const;

    std::vector<Segment> path;
    JsonError error;
    bool hasError = false;
    //! Scratch text for a number read as text; valid until the next number is read.
    char numberText[64] = {};
    //! Short strings seen in this document ("scf", "disbursed", "years"): records share one copy of each.
    std::unordered_map<std::string_view, QString> shortStrings;
};

} // namespace Crego::Core
