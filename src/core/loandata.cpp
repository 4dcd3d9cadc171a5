// SPDX-License-Identifier: GPL-3.0-or-later
#include "loandata.h"

namespace Crego::Core {

const ObjectSchema<LoanData>& LoanData::jsonSchema()
{
    static const ObjectSchema<LoanData> schema = [] {
        using D = LoanData;
        ObjectSchema<D> s;
        s.field("interest_lock_in_days", &D::interestLockInDays)
            .field("roi_value", &D::roiValue)
            .field("tenure_value", &D::tenureValue)
            .field("penal_roi_value", &D::penalRoiValue)
            .field("penal_lag_days_after_due", &D::penalLagDaysAfterDue)
            .field("overdue_roi_value", &D::overdueRoiValue)
            .field("subvention_is_enabled", &D::subventionIsEnabled)
            .field("subvention_value_type", &D::subventionValueType)
            .field("subvention_days", &D::subventionDays)
            .field("subvention_value", &D::subventionValue)
            .field("tenure_starts_at", &D::tenureStartsAt)
            .field("interest_starts", &D::interestStarts)
            .field("days_in_month", &D::daysInMonth)
            .field("days_in_year", &D::daysInYear)
            .field("tenure_period", &D::tenurePeriod)
            .field("tenure_period_type", &D::tenurePeriodType)
            .field("roi_period", &D::roiPeriod)
            .field("roi_slab_based", &D::roiSlabBased)
            .field("interest_lock_in_enabled", &D::interestLockInEnabled)
            .field("overdue_roi_same_as_roi", &D::overdueRoiSameAsRoi)
            .field("overdue_roi_slab_based", &D::overdueRoiSlabBased)
            .field("penal_roi_same_as_roi", &D::penalRoiSameAsRoi)
            .field("penal_roi_slab_based", &D::penalRoiSlabBased)
            .field("cashback_is_enabled", &D::cashbackIsEnabled)
            .field("cashback_payment_to", &D::cashbackPaymentTo)
            .field("cashback_use_as", &D::cashbackUseAs)
            .field("cashback_release_at", &D::cashbackReleaseAt)
            .field("cashback_deduction_is_enabled", &D::cashbackDeductionIsEnabled)
            .field("cashback_deduction_type", &D::cashbackDeductionType)
            .field("cashback_deduction_value", &D::cashbackDeductionValue)
            .field("holdback_is_enabled", &D::holdbackIsEnabled)
            .field("holdback_rate", &D::holdbackRate)
            .field("holdback_return_is_enabled", &D::holdbackReturnIsEnabled)
            .field("holdback_return_payment_to", &D::holdbackReturnPaymentTo)
            .field("created_at", &D::createdAt)
            .field("updated_at", &D::updatedAt)
            .field("id", &D::id);
        return s;
    }();
    return schema;
}

} // namespace Crego::Core
