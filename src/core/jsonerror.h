// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Core {

//! Where and why a JSON payload could not be decoded, e.g. "line_detail.dpd: expected integer, got string".
struct JsonError
{
    QString path;
    QString message;
    //! The bytes are not well-formed JSON at all (cut short, an HTML page…): asking again may help, unlike
    //! well-formed JSON of the wrong shape.
    bool unreadable = false;

    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};

} // namespace Crego::Core
