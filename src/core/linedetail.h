// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "money.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! A borrower's credit-line position under one program (the documented `line_detail` object).
struct LineDetail : JsonRecord
{
    QString id;
    QString type; //!< "borrower_program"
    Timestamp lineActivationDate;
    Timestamp lineExpiryDate;
    bool isExpired = false;
    bool isHold = false;

    Money approvedLineAmount;
    Money operativeLineAmount;
    Money activeLineAmount; //!< available headroom
    Money totalDisbursedAmount;
    Money pendingDisbursalAmount;
    int totalTopupCount = 0;
    int dueLoanCount = 0;

    Money principalPaid;
    Money principalOutstanding;
    Money interestPaid;
    Money interestOutstanding;
    Money overduePaid;
    Money overdueOutstanding;
    Money penalPaid;
    Money penalOutstanding;
    Money totalPaid;
    Money totalOutstanding;

    Money dueAmount;
    Money totalDuePrincipal;
    Money totalDueInterest;
    Money totalDueOverdue;
    Money totalDuePenal;
    Money excessPayment;

    int dpd = 0;
    int peakDpd = 0;
    QString npaCategory; //!< "STD", "SUB", "DBT", "LOSS"; unknown codes are kept as they are

    Money totalSubventionAmount;
    Money subventionAck;
    Money totalCashbackAvailable;
    Money totalCashbackReleased;
    Money totalCashbackAdjusted;
    Money totalHoldbackAmount;

    Timestamp createdAt;
    Timestamp updatedAt;

    static const ObjectSchema<LineDetail>& jsonSchema();
};

} // namespace Crego::Core
