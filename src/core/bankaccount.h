// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! An applicant's bank account, with its penny-drop verification state.
struct BankAccount : JsonRecord
{
    QString id;
    QString applicant;
    QString accountNumber;
    QString ifsc;
    QString accountHolderName;
    QString bankName;
    QString branch;
    QString accountType; //!< "savings", "current", "cash_credit", "overdraft"
    bool isPrimary = false;
    QString verificationStatus; //!< "unverified", "pending", "verified", "failed"
    QString nameAtBank; //!< the name the bank returned on verification
    int nameMatchScore = 0; //!< 0-100
    Timestamp verifiedAt;
    Timestamp createdAt;
    Timestamp updatedAt;

    static const ObjectSchema<BankAccount>& jsonSchema();
};

} // namespace Crego::Core
