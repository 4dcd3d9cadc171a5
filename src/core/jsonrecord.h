// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Crego::Core {

//! Base of every decoded record: keeps the fields this client does not know, so an encode writes them back unchanged.
struct JsonRecord
{
    QJsonObject unknownFields;
    //! Bit i is set when field i of the record's schema was present in the decoded payload, so an optional
    //! field the server sent is written back even when it holds a default value.
    quint64 decodedFields = 0;
};

} // namespace Crego::Core
