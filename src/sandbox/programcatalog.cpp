// SPDX-License-Identifier: GPL-3.0-or-later
#include "programcatalog.h"

#include <QJsonArray>

namespace Crego::Sandbox {

namespace {

struct ProgramSeed
{
    const char* id;
    const char* name;
    const char* productType;
    const char* productName;
    const char* refId;
    const char* company;
    int tenureDays;
    int slabShape; // 0 flat, 1 two slabs, 2 three slabs
    double baseRate;
    bool subvention;
    bool cashback;
    bool holdback;
};

constexpr ProgramSeed Seeds[] = {
    { "6788f287-c670-46b9-8ec9-48cc351ab2bc", "CavinKare DF", "scf", "Distributor Financing", "CP00P4P",
        "23067dbc-6c62-4203-9014-7100e4ffe811", 45, 0, 14, false, false, false },
    { "0b0c6b8e-5a8a-4a77-9d0e-3d7b7f0a1c11", "Asian Paints DF", "scf", "Distributor Financing", "CP00Q2K",
        "5c1e0b1a-7f3d-4c88-a1d4-2f0e9b8c7d21", 60, 1, 12.5, true, false, false },
    { "1c2d3e4f-6a7b-4c8d-9e0f-1a2b3c4d5e62", "Tata Motors Dealer Finance", "scf", "Dealer Financing", "CP00R7M",
        "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c33", 90, 2, 11.75, false, true, false },
    { "2d3e4f5a-7b8c-4d9e-8f0a-2b3c4d5e6f73", "Hero MotoCorp Dealer Finance", "scf", "Dealer Financing", "CP00S1T",
        "9b0c1d2e-3f4a-4b5c-9d7e-8f9a0b1c2d44", 75, 1, 12, true, true, false },
    { "3e4f5a6b-8c9d-4e0f-9a1b-3c4d5e6f7a84", "Mahindra Vendor Finance", "scf", "Vendor Financing", "CP00T5V",
        "0c1d2e3f-4a5b-4c6d-8e8f-9a0b1c2d3e55", 60, 0, 10.5, false, false, true },
    { "4f5a6b7c-9d0e-4f1a-8b2c-4d5e6f7a8b95", "Dabur DF", "scf", "Distributor Financing", "CP00U9W",
        "1d2e3f4a-5b6c-4d7e-9f0a-0b1c2d3e4f66", 30, 2, 13.5, true, false, true },
    { "5a6b7c8d-0e1f-4a2b-9c3d-5e6f7a8b9ca6", "Crego MSME Term Loan", "term_loan", "Term Loan", "CP00V3X",
        "2e3f4a5b-6c7d-4e8f-8a0b-1c2d3e4f5a77", 730, 0, 16, false, false, false },
};

QJsonArray slabs(int shape, double rate)
{
    QJsonObject open { { QStringLiteral("value"), rate + 3 * shape },
        { QStringLiteral("days"), QStringLiteral("inf") } };
    switch (shape) {
    case 1:
        return QJsonArray { QJsonObject { { QStringLiteral("value"), rate }, { QStringLiteral("days"), 30 } }, open };
    case 2:
        return QJsonArray { QJsonObject { { QStringLiteral("value"), rate }, { QStringLiteral("days"), 30 } },
            QJsonObject { { QStringLiteral("value"), rate + 2.5 }, { QStringLiteral("days"), 60 } }, open };
    default:
        return QJsonArray { QJsonObject {
            { QStringLiteral("value"), rate }, { QStringLiteral("days"), QStringLiteral("inf") } } };
    }
}

QJsonObject loanDataFor(const ProgramSeed& seed, double createdAt, int index)
{
    const bool slabBased = seed.slabShape > 0;
    const bool overdueSame = index % 2 == 0;
    const double overdueRate = seed.baseRate + 4;
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("c8141ac3-eb6a-4f9c-9dd0-7183%1").arg(index, 8, 10, QLatin1Char('0')) },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("updated_at"), createdAt },
        { QStringLiteral("roi_value"), slabs(seed.slabShape, seed.baseRate) },
        { QStringLiteral("roi_period"), QStringLiteral("years") },
        { QStringLiteral("roi_slab_based"), slabBased },
        { QStringLiteral("overdue_roi_value"),
            overdueSame ? slabs(seed.slabShape, seed.baseRate) : slabs(1, overdueRate) },
        { QStringLiteral("overdue_roi_same_as_roi"), overdueSame },
        { QStringLiteral("overdue_roi_slab_based"), overdueSame ? slabBased : true },
        { QStringLiteral("penal_roi_value"), index % 3 == 0 ? slabs(1, 18) : slabs(0, 24) },
        { QStringLiteral("penal_roi_same_as_roi"), false },
        { QStringLiteral("penal_roi_slab_based"), index % 3 == 0 },
        { QStringLiteral("penal_lag_days_after_due"), index % 2 == 0 ? 3 : 0 },
        { QStringLiteral("tenure_value"), seed.tenureDays },
        { QStringLiteral("tenure_period"), QStringLiteral("days") },
        { QStringLiteral("tenure_period_type"), QStringLiteral("as_per_days") },
        { QStringLiteral("tenure_starts_at"), QStringLiteral("disbursement_date") },
        { QStringLiteral("interest_starts"), QStringLiteral("same_day") },
        { QStringLiteral("interest_lock_in_enabled"), index % 4 == 1 },
        { QStringLiteral("interest_lock_in_days"), index % 4 == 1 ? 7 : 0 },
        { QStringLiteral("days_in_month"), 30 },
        { QStringLiteral("days_in_year"), 365 },
        { QStringLiteral("subvention_is_enabled"), seed.subvention },
        { QStringLiteral("subvention_value_type"), QStringLiteral("percentage") },
        { QStringLiteral("subvention_value"), seed.subvention ? 2 : 0 },
        { QStringLiteral("subvention_days"), seed.subvention ? 15 : 0 },
        { QStringLiteral("cashback_is_enabled"), seed.cashback },
        { QStringLiteral("cashback_payment_to"), QStringLiteral("borrower") },
        { QStringLiteral("cashback_use_as"), QStringLiteral("adjust") },
        { QStringLiteral("cashback_release_at"), QStringLiteral("loan_closure") },
        { QStringLiteral("cashback_deduction_is_enabled"), false },
        { QStringLiteral("cashback_deduction_type"), QStringLiteral("fixed") },
        { QStringLiteral("cashback_deduction_value"), 0 },
        { QStringLiteral("holdback_is_enabled"), seed.holdback },
        { QStringLiteral("holdback_rate"), seed.holdback ? QStringLiteral("5") : QStringLiteral("0") },
        { QStringLiteral("holdback_return_is_enabled"), seed.holdback },
        { QStringLiteral("holdback_return_payment_to"), seed.holdback ? QStringLiteral("borrower") : QString() },
    };
}

} // namespace

QList<ProgramCatalog::Entry> ProgramCatalog::build(const QDateTime& now)
{
    QList<Entry> entries;
    const double createdAt = double(now.addDays(-900).toMSecsSinceEpoch()) / 1000.0;
    int index = 0;
    for (const ProgramSeed& seed : Seeds) {
        const QJsonObject program {
            { QStringLiteral("id"), QString::fromLatin1(seed.id) },
            { QStringLiteral("created_at"), createdAt },
            { QStringLiteral("updated_at"), createdAt + 439.5 },
            { QStringLiteral("type"), QStringLiteral("lending") },
            { QStringLiteral("name"), QString::fromUtf8(seed.name) },
            { QStringLiteral("product_type"), QString::fromLatin1(seed.productType) },
            { QStringLiteral("product_name"), QString::fromUtf8(seed.productName) },
            { QStringLiteral("ref_id"), QString::fromLatin1(seed.refId) },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("company"), QString::fromLatin1(seed.company) },
        };
        entries.append(Entry { program, loanDataFor(seed, createdAt, index++) });
    }
    return entries;
}

} // namespace Crego::Sandbox
