// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! An account a downstream service (LOS application, LMS loan) holds for a lead.
struct ServiceAccount : JsonRecord
{
    QString id;
    QString lead;
    QString service; //!< "los", "lms", ...
    QString accountId;
    QString status;
    Timestamp createdAt;
    Timestamp updatedAt;

    static const ObjectSchema<ServiceAccount>& jsonSchema();
    //! A lead's accounts as a list (any list envelope) or as a map by service name
    //! (`{"los": {...}, "lms": {...}}`); \a skipped gets the list elements that could not be read.
    static bool decodeList(
        const QByteArray& json, QList<ServiceAccount>& out, QList<JsonError>& skipped, JsonError& error);
};

} // namespace Crego::Core
