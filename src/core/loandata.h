// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "numericstring.h"
#include "objectschema.h"
#include "roislabtable.h"
#include "timestamp.h"

namespace Crego::Core {

//! The pricing and loan parameters of a borrower under one program (the documented `loan_data` object).
struct LoanData : JsonRecord
{
    QString id;
    Timestamp createdAt;
    Timestamp updatedAt;

    RoiSlabTable roiValue;
    QString roiPeriod; //!< "years": rates are % per annum
    bool roiSlabBased = false;
    RoiSlabTable overdueRoiValue;
    bool overdueRoiSameAsRoi = false;
    bool overdueRoiSlabBased = false;
    RoiSlabTable penalRoiValue;
    bool penalRoiSameAsRoi = false;
    bool penalRoiSlabBased = false;
    int penalLagDaysAfterDue = 0;

    int tenureValue = 0;
    QString tenurePeriod; //!< "days"
    QString tenurePeriodType; //!< "as_per_days"
    QString tenureStartsAt; //!< "disbursement_date"
    QString interestStarts; //!< "same_day"
    bool interestLockInEnabled = false;
    int interestLockInDays = 0;
    int daysInMonth = 30;
    int daysInYear = 365;

    bool subventionIsEnabled = false;
    QString subventionValueType; //!< "percentage"
    double subventionValue = 0;
    int subventionDays = 0;

    bool cashbackIsEnabled = false;
    QString cashbackPaymentTo; //!< "borrower"
    QString cashbackUseAs; //!< "adjust"
    QString cashbackReleaseAt; //!< "loan_closure"
    bool cashbackDeductionIsEnabled = false;
    QString cashbackDeductionType; //!< "fixed"
    double cashbackDeductionValue = 0;

    bool holdbackIsEnabled = false;
    NumericString holdbackRate; //!< sent as a string, e.g. "0"
    bool holdbackReturnIsEnabled = false;
    QString holdbackReturnPaymentTo;

    static const ObjectSchema<LoanData>& jsonSchema();
};

} // namespace Crego::Core
