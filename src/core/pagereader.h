// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"
#include "page.h"

namespace Crego::Core {

//! Reads any of the three list envelopes, handing each result element to \a item.
class PageReader
{
public:
    static bool read(JsonReader& reader, PageInfo& info, const JsonReader::ElementReader& item);
    //! What a bare array of \a count elements says of itself: the whole list, on one page.
    static PageInfo wholeList(qsizetype count);
};

} // namespace Crego::Core
