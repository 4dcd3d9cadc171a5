// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarraysplitter.h"

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>

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

//! How a walk over the elements ended.
enum class Walk {
    Ended, //!< at the array's closing bracket, with nothing after it
    Broken, //!< at broken framing (or cancelled)
    Reached, //!< at an element beginning at or past where it was to stop
};

//! Appends the elements from the one beginning at \a at to \a elements, until the array ends, its framing
//! breaks, an element begins at or past \a stop (then \a at is where), or \a cancelled is set.
Walk walkElements(std::string_view json, size_t& at, size_t stop, std::vector<JsonArraySplitter::Span>& elements,
    const std::atomic<bool>* cancelled = nullptr)
{
    while (at < json.size()) {
        if (at >= stop) {
            return Walk::Reached;
        }
        if (cancelled && cancelled->load(std::memory_order_relaxed)) {
            return Walk::Broken;
        }
        const size_t end = skipElement(json, at);
        if (end == std::string_view::npos) {
            return Walk::Broken;
        }
        elements.push_back(JsonArraySplitter::Span { at, end });
        at = skipSpace(json, end);
        if (at >= json.size()) {
            return Walk::Broken;
        }
        if (json[at] == ']') {
            return skipSpace(json, at + 1) == json.size() ? Walk::Ended : Walk::Broken;
        }
        if (json[at] != ',') {
            return Walk::Broken;
        }
        at = skipSpace(json, at + 1);
    }
    return Walk::Broken;
}

//! Where an object element most likely begins at or after \a from: a brace that follows a closing brace and
//! a comma. Only a guess (the three could be inside a string) until a walk from the start lands on it.
size_t likelyObjectStart(std::string_view json, size_t from)
{
    for (size_t at = json.find('}', from); at != std::string_view::npos; at = json.find('}', at + 1)) {
        size_t next = skipSpace(json, at + 1);
        if (next < json.size() && json[next] == ',') {
            next = skipSpace(json, next + 1);
            if (next < json.size() && json[next] == '{') {
                return next;
            }
        }
    }
    return std::string_view::npos;
}

size_t& halvingThreshold()
{
    static size_t bytes = JsonArraySplitter::DefaultHalvingThreshold;
    return bytes;
}

} // namespace

void JsonArraySplitter::setHalvingThreshold(size_t bytes)
{
    halvingThreshold() = bytes;
}

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
    const size_t middle = json.size() >= halvingThreshold() && std::thread::hardware_concurrency() > 1
        ? likelyObjectStart(json, std::max(at, json.size() / 2))
        : std::string_view::npos;
    if (middle == std::string_view::npos) {
        return walkElements(json, at, std::string_view::npos, elements) == Walk::Ended;
    }
    // Two halves at once: the second from the guessed element on, the first up to it. When the first lands
    // exactly on the guess, the second half's walk began where a walk from the start would have been.
    std::vector<Span> tail;
    Walk tailWalk = Walk::Broken;
    std::atomic<bool> cancelled { false };
    std::thread second([&] {
        size_t from = middle;
        tailWalk = walkElements(json, from, std::string_view::npos, tail, &cancelled);
    });
    const Walk headWalk = walkElements(json, at, middle, elements);
    const bool landed = headWalk == Walk::Reached && at == middle;
    cancelled.store(!landed, std::memory_order_relaxed);
    second.join();
    if (headWalk != Walk::Reached) {
        return headWalk == Walk::Ended;
    }
    if (!landed) { // the guess was inside an element: on from where the first half stands, alone
        return walkElements(json, at, std::string_view::npos, elements) == Walk::Ended;
    }
    elements.insert(elements.end(), tail.begin(), tail.end());
    return tailWalk == Walk::Ended;
}

} // namespace Crego::Core
