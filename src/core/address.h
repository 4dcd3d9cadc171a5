// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! A postal address of an applicant (current, permanent, office, ...).
struct Address : JsonRecord
{
    QString id;
    QString applicant;
    QString addressType; //!< "current", "permanent", "office", "registered"
    QString addressLine;
    QString addressLine2;
    QString landmark;
    QString postOffice;
    QString city;
    QString district;
    QString state;
    QString pincode;
    QString country;
    Timestamp createdAt;
    Timestamp updatedAt;

    //! One line for tables: "12 MG Road, Bengaluru, Karnataka 560001".
    QString singleLine() const;

    static const ObjectSchema<Address>& jsonSchema();
};

} // namespace Crego::Core
