// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace Crego::Core {

//! Finds the bytes of each element of the JSON array at the top of a document without parsing them, so
//! that a long list can be parsed one element at a time: a whole document's parse tree takes 1.7 times
//! the document's size, one element's a few kilobytes.
class JsonArraySplitter
{
public:
    //! Where one element's text begins and ends (one past its last byte).
    struct Span
    {
        size_t begin = 0;
        size_t end = 0;
    };

    //! The elements of the array that \a json holds at its top, whitespace around it allowed. False when
    //! the framing is broken: no array at the top, an unterminated string, brackets that never close, a
    //! missing or doubled comma, text after the array. What each element holds is left to the parser.
    //! A document of at least the halving threshold is walked in two halves at once, the second from an
    //! element guessed near the middle and kept only when the first half's walk lands on it.
    static bool split(std::string_view json, std::vector<Span>& elements);
    //! Documents of at least \a bytes (DefaultHalvingThreshold unless set) are split in two halves on two
    //! threads; tests set it low to run the same cases both ways.
    static void setHalvingThreshold(size_t bytes);
    static constexpr size_t DefaultHalvingThreshold = 2 * 1024 * 1024;
};

} // namespace Crego::Core
