// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccount.h"

namespace Crego::Core {

const ObjectSchema<BankAccount>& BankAccount::jsonSchema()
{
    static const ObjectSchema<BankAccount> schema = [] {
        using B = BankAccount;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<B> s;
        s.field("id", &B::id, optional)
            .field("applicant", &B::applicant, optional)
            .field("account_number", &B::accountNumber)
            .field("ifsc", &B::ifsc)
            .field("account_holder_name", &B::accountHolderName, optional)
            .field("bank_name", &B::bankName, optional)
            .field("branch", &B::branch, optional)
            .field("account_type", &B::accountType, optional)
            .field("is_primary", &B::isPrimary, optional)
            .field("verification_status", &B::verificationStatus, optional)
            .field("name_at_bank", &B::nameAtBank, optional)
            .field("name_match_score", &B::nameMatchScore, optional)
            .field("is_verified", &B::isVerified, optional)
            .field("name_match", &B::nameMatch, optional)
            .field("verified_at", &B::verifiedAt, optional)
            .field("created_at", &B::createdAt, optional)
            .field("updated_at", &B::updatedAt, optional);
        return s;
    }();
    return schema;
}
QString BankAccount::verification() const
{
    if (!verificationStatus.isEmpty() || !isVerified) {
        return verificationStatus;
    }
    return *isVerified ? QStringLiteral("verified") : QStringLiteral("failed");
}

std::optional<int> BankAccount::nameMatchPercent() const
{
    return nameMatchScore > 0 ? std::optional<int>(nameMatchScore) : nameMatch.percent;
}

} // namespace Crego::Core
