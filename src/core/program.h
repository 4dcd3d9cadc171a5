// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! A lending program (e.g. "CavinKare DF", distributor financing) that leads are attached to.
struct Program : JsonRecord
{
    QString id;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString type; //!< "lending"
    QString name;
    QString productType; //!< "scf"
    QString productName; //!< "Distributor Financing"
    QString refId;
    QString status; //!< "active"
    QString company; //!< the anchor/lender company's id

    static const ObjectSchema<Program>& jsonSchema();
};

} // namespace Crego::Core
