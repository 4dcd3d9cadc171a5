// SPDX-License-Identifier: GPL-3.0-or-later
#include "linedetail.h"

namespace Crego::Core {

const ObjectSchema<LineDetail>& LineDetail::jsonSchema()
{
    static const ObjectSchema<LineDetail> schema = [] {
        using L = LineDetail;
        ObjectSchema<L> s;
        s.field("type", &L::type)
            .field("line_expiry_date", &L::lineExpiryDate)
            .field("is_expired", &L::isExpired)
            .field("approved_line_amount", &L::approvedLineAmount)
            .field("operative_line_amount", &L::operativeLineAmount)
            .field("active_line_amount", &L::activeLineAmount)
            .field("principal_paid", &L::principalPaid)
            .field("principal_outstanding", &L::principalOutstanding)
            .field("interest_paid", &L::interestPaid)
            .field("interest_outstanding", &L::interestOutstanding)
            .field("overdue_paid", &L::overduePaid)
            .field("overdue_outstanding", &L::overdueOutstanding)
            .field("penal_paid", &L::penalPaid)
            .field("penal_outstanding", &L::penalOutstanding)
            .field("total_outstanding", &L::totalOutstanding)
            .field("total_paid", &L::totalPaid)
            .field("total_subvention_amount", &L::totalSubventionAmount)
            .field("subvention_ack", &L::subventionAck)
            .field("total_disbursed_amount", &L::totalDisbursedAmount)
            .field("total_topup_count", &L::totalTopupCount)
            .field("due_loan_count", &L::dueLoanCount)
            .field("pending_disbursal_amount", &L::pendingDisbursalAmount)
            .field("dpd", &L::dpd)
            .field("peak_dpd", &L::peakDpd)
            .field("excess_payment", &L::excessPayment)
            .field("due_amount", &L::dueAmount)
            .field("total_cashback_available", &L::totalCashbackAvailable)
            .field("total_cashback_released", &L::totalCashbackReleased)
            .field("total_cashback_adjusted", &L::totalCashbackAdjusted)
            .field("total_holdback_amount", &L::totalHoldbackAmount)
            .field("npa_category", &L::npaCategory)
            .field("total_due_principal", &L::totalDuePrincipal)
            .field("total_due_interest", &L::totalDueInterest)
            .field("total_due_overdue", &L::totalDueOverdue)
            .field("total_due_penal", &L::totalDuePenal)
            .field("is_hold", &L::isHold)
            .field("line_activation_date", &L::lineActivationDate)
            .field("created_at", &L::createdAt)
            .field("updated_at", &L::updatedAt)
            .field("id", &L::id);
        return s;
    }();
    return schema;
}

} // namespace Crego::Core
