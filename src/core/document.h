// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! A file attached to a lead, applicant or bank account (CRM documents, by related model id).
struct Document : JsonRecord
{
    QString id;
    QString relatedModel; //!< "lead", "applicant", "bank"
    QString relatedModelId;
    QString documentType; //!< "pan", "aadhaar", "gst_certificate", "bank_statement", ...
    QString name; //!< file name
    QString notes;
    QString contentType;
    qint64 size = 0; //!< bytes
    QString status;
    QString downloadUrl;
    Timestamp createdAt;
    Timestamp updatedAt;

    static const ObjectSchema<Document>& jsonSchema();
};

} // namespace Crego::Core
