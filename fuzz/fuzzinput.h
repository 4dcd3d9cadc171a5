// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Crego::Fuzz {

//! libFuzzer's bytes as Qt sees them: the raw bytes (copied, so a read past the end is caught) and the
//! same bytes read as UTF-8 text, as a pasted or typed value would arrive.
struct FuzzInput
{
    QByteArray bytes;

    FuzzInput(const uint8_t* data, size_t size)
        : bytes(reinterpret_cast<const char*>(data), qsizetype(size))
    { }

    QString text() const { return QString::fromUtf8(bytes); }
};

} // namespace Crego::Fuzz
