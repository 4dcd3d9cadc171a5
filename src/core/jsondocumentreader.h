// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonerror.h"
#include "jsonreader.h"

#include <QByteArray>

namespace Crego::Core {

//! Parses one JSON document (an object or an array at the top) and hands its root to a reader callback.
//! Malformed input, invalid UTF-8, trailing content and type mismatches all end in a JsonError.
class JsonDocumentReader
{
public:
    //! Bytes with at least 64 spare bytes of capacity are read in place; others are copied once.
    static bool read(const QByteArray& json, const JsonReader::ElementReader& root, JsonError& error);
    //! Arrays at the top of documents of at least \a bytes (1 MiB unless set) are parsed one element at a
    //! time; tests set it low to run the same cases both ways.
    static void setStreamingThreshold(qsizetype bytes);
    //! Frees the calling thread's parser buffers, which stay sized for the largest document read so far
    //! (so repeated reads are fast); call after bulk work with unusually large responses.
    static void trimMemory();
};

} // namespace Crego::Core
