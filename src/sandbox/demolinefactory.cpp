// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolinefactory.h"

#include "money.h"

#include <QJsonArray>

namespace Crego::Sandbox {

namespace {

using Core::Money;

//! \a paise scaled by \a numerator / \a denominator, rounded to whole paise.
qint64 scaled(qint64 paise, qint64 numerator, qint64 denominator)
{
    return denominator == 0 ? 0 : (paise * numerator + denominator / 2) / denominator;
}

QJsonValue rupees(qint64 paise)
{
    return Money::fromPaise(paise).toJson();
}

} // namespace

DemoLineFactory::DemoLineFactory(DemoIdentity& identity, const QDateTime& now)
    : m_identity(identity)
    , m_now(now)
{ }

QString DemoLineFactory::npaCategoryFor(int dpd)
{
    if (dpd <= 90) {
        return QStringLiteral("STD");
    }
    if (dpd <= 90 + 365) {
        return QStringLiteral("SUB");
    }
    if (dpd <= 90 + 4 * 365) {
        return QStringLiteral("DBT");
    }
    return QStringLiteral("LOSS");
}

qint64 DemoLineFactory::randomApprovedRupees()
{
    static constexpr qint64 Limits[]
        = { 200000, 300000, 500000, 750000, 1000000, 1500000, 2500000, 5000000, 10000000, 25000000 };
    return Limits[m_identity.bounded(int(std::size(Limits)))];
}

DemoLineFactory::Profile DemoLineFactory::randomProfile()
{
    Profile profile;
    const int stageRoll = m_identity.bounded(100);
    profile.stage = stageRoll < 15 ? Stage::Fresh
        : stageRoll < 62           ? Stage::PartlyUsed
        : stageRoll < 77           ? Stage::FullyUsed
        : stageRoll < 88           ? Stage::Expired
                                   : Stage::OnHold;
    if (profile.stage == Stage::Fresh) {
        return profile;
    }
    const int bucketRoll = m_identity.bounded(100);
    if (bucketRoll < 58) {
        profile.dpd = 0;
        profile.peakDpd = m_identity.chance(0.15) ? 1 + m_identity.bounded(75) : 0;
    } else if (bucketRoll < 72) {
        profile.dpd = 1 + m_identity.bounded(30);
    } else if (bucketRoll < 81) {
        profile.dpd = 31 + m_identity.bounded(30);
    } else if (bucketRoll < 88) {
        profile.dpd = 61 + m_identity.bounded(30);
    } else {
        // NPA, most of them recent; a tail runs into doubtful and loss.
        profile.dpd = m_identity.chance(0.75) ? 91 + m_identity.bounded(365) : 456 + m_identity.bounded(1600);
    }
    profile.peakDpd = std::max(profile.peakDpd, profile.dpd + (m_identity.chance(0.3) ? m_identity.bounded(20) : 0));
    return profile;
}

QJsonObject DemoLineFactory::lineDetail(
    const Profile& profile, qint64 approvedRupees, const QJsonObject& loanData, double createdAt)
{
    const qint64 approved = approvedRupees * 100;
    const qint64 operative = m_identity.chance(0.85) ? approved : scaled(approved, 8, 10) / 100000 * 100000;
    qint64 principalOutstanding = 0;
    qint64 pending = 0;
    switch (profile.stage) {
    case Stage::Fresh:
        break;
    case Stage::PartlyUsed:
    case Stage::OnHold: {
        const int percent = 20 + m_identity.bounded(66);
        const int paise = m_identity.bounded(100);
        principalOutstanding = scaled(operative, percent, 100) + paise;
        break;
    }
    case Stage::FullyUsed:
        pending = m_identity.chance(0.3) ? scaled(operative, 2 + m_identity.bounded(8), 100) : 0;
        principalOutstanding = operative - pending;
        break;
    case Stage::Expired:
        principalOutstanding = m_identity.chance(0.5) ? scaled(operative, m_identity.bounded(40), 100) : 0;
        break;
    }
    if (profile.dpd > 0 && principalOutstanding == 0) {
        principalOutstanding = scaled(operative, 10 + m_identity.bounded(50), 100);
    }
    if (profile.stage == Stage::PartlyUsed && m_identity.chance(0.2)) {
        pending = scaled(operative - principalOutstanding, 1 + m_identity.bounded(30), 100);
    }
    const qint64 available = operative - principalOutstanding - pending;

    const bool used = profile.stage != Stage::Fresh;
    const qint64 principalPaid = used ? scaled(operative, 50 + m_identity.bounded(550), 100) : 0;
    const qint64 interestOutstanding = scaled(principalOutstanding, 15 + m_identity.bounded(30), 2600);
    const qint64 overdueOutstanding = profile.dpd > 0 ? scaled(principalOutstanding, profile.dpd, 2600) : 0;
    const qint64 penalOutstanding = profile.dpd > 30 ? scaled(principalOutstanding, profile.dpd, 18250) : 0;
    const qint64 interestPaid = scaled(principalPaid, 12, 1000);
    const qint64 overduePaid = profile.peakDpd > 0 ? scaled(principalPaid, profile.peakDpd, 36500) : 0;
    const qint64 penalPaid = profile.peakDpd > 30 ? scaled(principalPaid, profile.peakDpd, 182500) : 0;
    const qint64 duePrincipal = profile.dpd > 0 ? scaled(principalOutstanding, 30 + m_identity.bounded(70), 100) : 0;
    const qint64 dueInterest = profile.dpd > 0 ? interestOutstanding : 0;
    const qint64 dueAmount = duePrincipal + dueInterest + overdueOutstanding + penalOutstanding;

    const qint64 activation = qint64(createdAt) + 86400 * (1 + m_identity.bounded(10));
    const bool expired = profile.stage == Stage::Expired;
    const qint64 expiry = expired ? m_now.toSecsSinceEpoch() - 86400 * (1 + m_identity.bounded(120))
                                  : std::max(activation + 86400 * 730, m_now.toSecsSinceEpoch() + 86400 * 20);

    const bool subvention = loanData.value(QStringLiteral("subvention_is_enabled")).toBool();
    const bool cashback = loanData.value(QStringLiteral("cashback_is_enabled")).toBool();
    const bool holdback = loanData.value(QStringLiteral("holdback_is_enabled")).toBool();
    const qint64 subventionTotal = subvention ? scaled(interestPaid, 15, 100) : 0;
    const qint64 cashbackTotal = cashback ? scaled(principalPaid, 5, 1000) : 0;

    const double updatedAt
        = std::min(double(m_now.toSecsSinceEpoch()) - 3600.0 * m_identity.bounded(48), createdAt + 86400.0 * 700)
        + 0.25;
    return QJsonObject {
        { QStringLiteral("id"), m_identity.uuid() },
        { QStringLiteral("type"), QStringLiteral("borrower_program") },
        { QStringLiteral("line_activation_date"), double(activation) + 0.864 },
        { QStringLiteral("line_expiry_date"), expiry },
        { QStringLiteral("is_expired"), expired },
        { QStringLiteral("is_hold"), profile.stage == Stage::OnHold },
        { QStringLiteral("approved_line_amount"), rupees(approved) },
        { QStringLiteral("operative_line_amount"), rupees(operative) },
        { QStringLiteral("active_line_amount"), rupees(available) },
        { QStringLiteral("total_disbursed_amount"), rupees(principalOutstanding + principalPaid) },
        { QStringLiteral("pending_disbursal_amount"), rupees(pending) },
        { QStringLiteral("total_topup_count"), used ? 1 + int(principalPaid / std::max<qint64>(operative / 4, 1)) : 0 },
        { QStringLiteral("due_loan_count"), profile.dpd > 0 ? 1 + m_identity.bounded(4) : 0 },
        { QStringLiteral("principal_paid"), rupees(principalPaid) },
        { QStringLiteral("principal_outstanding"), rupees(principalOutstanding) },
        { QStringLiteral("interest_paid"), rupees(interestPaid) },
        { QStringLiteral("interest_outstanding"), rupees(interestOutstanding) },
        { QStringLiteral("overdue_paid"), rupees(overduePaid) },
        { QStringLiteral("overdue_outstanding"), rupees(overdueOutstanding) },
        { QStringLiteral("penal_paid"), rupees(penalPaid) },
        { QStringLiteral("penal_outstanding"), rupees(penalOutstanding) },
        { QStringLiteral("total_paid"), rupees(principalPaid + interestPaid + overduePaid + penalPaid) },
        { QStringLiteral("total_outstanding"),
            rupees(principalOutstanding + interestOutstanding + overdueOutstanding + penalOutstanding) },
        { QStringLiteral("due_amount"), rupees(dueAmount) },
        { QStringLiteral("total_due_principal"), rupees(duePrincipal) },
        { QStringLiteral("total_due_interest"), rupees(dueInterest) },
        { QStringLiteral("total_due_overdue"), rupees(overdueOutstanding) },
        { QStringLiteral("total_due_penal"), rupees(penalOutstanding) },
        { QStringLiteral("excess_payment"),
            rupees(m_identity.chance(0.05) ? 100 * (1 + m_identity.bounded(5000)) : 0) },
        { QStringLiteral("dpd"), profile.dpd },
        { QStringLiteral("peak_dpd"), profile.peakDpd },
        { QStringLiteral("npa_category"), npaCategoryFor(profile.dpd) },
        { QStringLiteral("total_subvention_amount"), rupees(subventionTotal) },
        { QStringLiteral("subvention_ack"), rupees(scaled(subventionTotal, 9, 10)) },
        { QStringLiteral("total_cashback_available"), rupees(scaled(cashbackTotal, 1, 2)) },
        { QStringLiteral("total_cashback_released"), rupees(scaled(cashbackTotal, 3, 10)) },
        { QStringLiteral("total_cashback_adjusted"),
            rupees(cashbackTotal - scaled(cashbackTotal, 1, 2) - scaled(cashbackTotal, 3, 10)) },
        { QStringLiteral("total_holdback_amount"), rupees(holdback ? scaled(principalOutstanding, 5, 100) : 0) },
        { QStringLiteral("created_at"), double(activation) + 0.864 },
        { QStringLiteral("updated_at"), updatedAt },
    };
}

} // namespace Crego::Sandbox
