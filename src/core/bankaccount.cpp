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
            .field("verified_at", &B::verifiedAt, optional)
            .field("created_at", &B::createdAt, optional)
            .field("updated_at", &B::updatedAt, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
