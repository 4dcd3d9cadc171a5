// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarraysplitter.h"

#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Crego::Core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

size_t skipSpace(std::string_view json, size_t at)
{
    while (at < json.size() && isSpace(json[at])) {
        ++at;
    }
    return at;
}

//! Past the string whose opening quote is just before \a at, or npos when it never ends (an element that
//! is a string is short: byte by byte).
size_t skipString(std::string_view json, size_t at)
{
    for (; at < json.size(); ++at) {
        if (json[at] == '\\') {
            ++at; // the character it escapes
        } else if (json[at] == '"') {
            return at + 1;
        }
    }
    return std::string_view::npos;
}

//! Where a scan of an object or array stands: how deep, and whether inside a string or just after a
//! backslash in one.
struct ScanState
{
    size_t depth = 0;
    bool inString = false;
    bool escaped = false;
};

//! Scans [\a from, \a to) byte by byte; past the bracket that closes the container, or npos.
size_t scanBytes(std::string_view json, size_t from, size_t to, ScanState& state)
{
    for (size_t at = from; at < to; ++at) {
        const char c = json[at];
        if (state.inString) {
            if (state.escaped) {
                state.escaped = false;
            } else if (c == '\\') {
                state.escaped = true;
            } else if (c == '"') {
                state.inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            state.inString = true;
            break;
        case '{':
        case '[':
            ++state.depth;
            break;
        case '}':
        case ']':
            if (--state.depth == 0) {
                return at + 1;
            }
            break;
        default:
            break;
        }
    }
    return std::string_view::npos;
}

#if defined(__SSE2__)
//! One bit per byte of a 64-byte block for each character the scan looks for.
struct BlockBits
{
    quint64 quotes = 0;
    quint64 backslashes = 0;
    quint64 opens = 0;
    quint64 closes = 0;
};

BlockBits classify(const char* block)
{
    BlockBits bits;
    for (int part = 0; part < 4; ++part) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * part));
        // '[' and '{' differ only in the 0x20 bit, as ']' and '}' do: one compare finds both.
        const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
        const auto bitsOf = [part](__m128i from, char c) {
            return quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(from, _mm_set1_epi8(c))))) << (16 * part);
        };
        bits.quotes |= bitsOf(bytes, '"');
        bits.backslashes |= bitsOf(bytes, '\\');
        bits.opens |= bitsOf(folded, '{');
        bits.closes |= bitsOf(folded, '}');
    }
    return bits;
}

//! Each bit set when an odd number of bits at or below it are: the bytes from an opening quote up to
//! (not including) its closing quote.
quint64 prefixXor(quint64 bits)
{
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
}
#endif

//! Past the object or array that opens at \a at, or npos when it never closes. Sixty-four bytes at a
//! time where a block has no backslash: the quotes mark which bytes are in strings, and only the brackets
//! outside them are looked at one by one (a few per record, against thousands of bytes).
size_t skipContainer(std::string_view json, size_t at)
{
    ScanState state;
#if defined(__SSE2__)
    while (at + 64 <= json.size()) {
        const BlockBits bits = classify(json.data() + at);
        if (bits.backslashes || state.escaped) {
            if (const size_t end = scanBytes(json, at, at + 64, state); end != std::string_view::npos) {
                return end;
            }
            at += 64;
            continue;
        }
        const quint64 inString = prefixXor(bits.quotes) ^ (state.inString ? ~quint64(0) : 0);
        for (quint64 brackets = (bits.opens | bits.closes) & ~inString; brackets; brackets &= brackets - 1) {
            const int bit = __builtin_ctzll(brackets);
            if ((bits.opens >> bit) & 1) {
                ++state.depth;
            } else if (--state.depth == 0) {
                return at + size_t(bit) + 1;
            }
        }
        state.inString = (inString >> 63) != 0;
        at += 64;
    }
#endif
    return scanBytes(json, at, json.size(), state);
}

//! Past the element that begins at \a at, or npos when it is cut short or empty.
size_t skipElement(std::string_view json, size_t at)
{
    switch (json[at]) {
    case '{':
    case '[':
        return skipContainer(json, at);
    case '"':
        return skipString(json, at + 1);
    case ',':
    case ']':
        return std::string_view::npos; // nothing between two commas, or after the last one
    default: { // a number, true, false or null: up to the next separator
        const size_t end = at;
        while (at < json.size() && !isSpace(json[at]) && json[at] != ',' && json[at] != ']') {
            ++at;
        }
        return at == end ? std::string_view::npos : at;
    }
    }
}

} // namespace

bool JsonArraySplitter::split(std::string_view json, std::vector<Span>& elements)
{
    elements.clear();
    size_t at = skipSpace(json, 0);
    if (at >= json.size() || json[at] != '[') {
        return false;
    }
    at = skipSpace(json, at + 1);
    if (at < json.size() && json[at] == ']') {
        return skipSpace(json, at + 1) == json.size();
    }
    while (at < json.size()) {
        const size_t end = skipElement(json, at);
        if (end == std::string_view::npos) {
            return false;
        }
        elements.push_back(Span { at, end });
        at = skipSpace(json, end);
        if (at >= json.size()) {
            return false;
        }
        if (json[at] == ']') {
            return skipSpace(json, at + 1) == json.size();
        }
        if (json[at] != ',') {
            return false;
        }
        at = skipSpace(json, at + 1);
    }
    return false;
}

} // namespace Crego::Core
