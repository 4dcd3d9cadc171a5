// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace Crego::Core {

//! What is wrong with a record, field by field: the wire name of each field ("pan", "ifsc") and the
//! reason for the user. The empty key holds a problem that belongs to no one field.
using FieldErrors = QMap<QString, QString>;

} // namespace Crego::Core
