// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"
#include <QDate>
#include <QStringList>

namespace Crego::Core {

//! A person or entity on a lead: the borrower (primary) or a co-applicant, guarantor, shareholder.
struct Applicant : JsonRecord
{
    QString id;
    QString lead;
    QString applicantType; //!< "applicant" for the main borrower, "CoApp1"... for co-applicants
    bool isPrimary = false;
    QString name;
    QString entityType; //!< "individual", "proprietorship", "partnership", "company", ...
    QString mobile;
    QString email;
    QString pan;
    QString gstin;
    QString aadhaarMasked; //!< only ever the masked form, "XXXX XXXX 1234"
    QDate dob;
    QString gender;
    QStringList tags;
    QString relationWithPrimaryApplicant;
    Timestamp createdAt;
    Timestamp updatedAt;

    static const ObjectSchema<Applicant>& jsonSchema();
};

} // namespace Crego::Core
