// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Core {

//! Where and why a JSON payload could not be decoded, e.g. "line_detail.dpd: expected integer, got string".
struct JsonError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};

} // namespace Crego::Core
