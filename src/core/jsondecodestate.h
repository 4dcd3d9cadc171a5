// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the core's JSON decoder: the only header besides the .cpp files that sees simdjson.

#include "jsonarraysplitter.h"
#include "jsonerror.h"

#include <simdjson.h>

#include <QString>

#include <array>
#include <cstring>
#include <string_view>
#include <vector>

namespace Crego::Core {

//! The short strings of one document, shared: a direct-mapped table, so a look-up is a multiply and one
//! compare (a hash map's node allocations and byte hashing cost more than the strings they saved). Ids fit
//! too (a UUID is 36 bytes): a lead's programs repeat its lead id, a portfolio its few programs' and
//! companies' ids; an id seen once costs one slot until another string needs it.
class ShortStringCache
{
public:
    static constexpr size_t MaxLength = 40;

    //! The one QString for \a text (at most MaxLength bytes of UTF-8, viewed in the parser's buffer).
    const QString& get(std::string_view text)
    {
        std::array<quint64, Words> words {};
        std::memcpy(words.data(), text.data(), text.size());
        quint64 mixed = text.size();
        for (size_t i = 0; i < Words; ++i) {
            mixed ^= words[i] * Multipliers[i];
        }
        Entry& entry = m_entries[size_t(mixed >> (64 - SlotBits))];
        if (entry.used && entry.words == words && entry.length == text.size()) {
            return entry.value;
        }
        entry.words = words;
        entry.length = text.size();
        entry.used = true;
        entry.value = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return entry.value;
    }

private:
    static constexpr int SlotBits = 8;
    static constexpr size_t Words = MaxLength / 8;
    static constexpr std::array<quint64, Words> Multipliers = { 0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL,
        0x165667B19E3779F9ULL, 0xD6E8FEB86659FD93ULL, 0xFF51AFD7ED558CCDULL };
    struct Entry
    {
        std::array<quint64, Words> words {};
        size_t length = 0;
        bool used = false;
        QString value;
    };
    std::array<Entry, size_t(1) << SlotBits> m_entries;
};

//! A long array at the top of a document, parsed one element at a time by \a parser.
struct JsonArrayStream
{
    simdjson::dom::parser* parser = nullptr;
    const char* data = nullptr;
    //! Bytes readable from data on (its size and spare capacity): an element that ends the parser's
    //! padding before this is parsed in place, others are copied first.
    size_t readable = 0;
    std::vector<JsonArraySplitter::Span> elements;
};

//! The path being decoded and the first error met; shared by every JsonReader of one document.
struct JsonDecodeState
{
    struct Segment
    {
        std::string_view key; // a schema literal or text in the parser's buffer; empty for an array element
        qsizetype index = -1;
    };

    // Member by member: a Segment built whole on the stack and then copied stalls the store forwarding
    // once per field read (a tenth of a decode's time).
    void pushKey(std::string_view key) { path.emplace_back().key = key; }
    void pushIndex(qsizetype index) { path.emplace_back().index = index; }
    void pop() { path.pop_back(); }
    bool failed() const { return hasError; }

    void fail(const QString& message);
    //! Records a parser error (malformed JSON, bad UTF-8, truncation, nesting) at the current path; returns false.
    bool failWith(simdjson::error_code code);
    QString pathText() const;

    std::vector<Segment> path;
    JsonError error;
    bool hasError = false;
    //! The error is the parser's: the bytes are broken (not merely a value of the wrong shape).
    bool unreadable = false;
    //! Scratch text for a number read as text; valid until the next number is read.
    char numberText[64] = {};
    //! Short strings seen in this document ("scf", "disbursed", "years"): records share one copy of each.
    ShortStringCache shortStrings;
};

} // namespace Crego::Core
