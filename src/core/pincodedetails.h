// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"
#include <QStringList>

namespace Crego::Core {

//! What a pincode look-up tells: city, district, state and the post offices it serves.
struct PincodeDetails : JsonRecord
{
    QString pincode;
    QString city;
    QString district;
    QString state;
    QStringList postOffices;

    static const ObjectSchema<PincodeDetails>& jsonSchema();
};

} // namespace Crego::Core
