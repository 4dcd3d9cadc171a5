// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! What an IFSC look-up tells about a bank branch (used to fill the bank form).
struct IfscDetails : JsonRecord
{
    QString ifsc;
    QString bank;
    QString bankCode;
    QString branch;
    QString address;
    QString city;
    QString district;
    QString state;
    QString micr;
    QString swift;
    bool neft = false;
    bool rtgs = false;
    bool imps = false;
    bool upi = false;

    static const ObjectSchema<IfscDetails>& jsonSchema();
};

} // namespace Crego::Core
