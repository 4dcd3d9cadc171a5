// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceaccount.h"

namespace Crego::Core {

const ObjectSchema<ServiceAccount>& ServiceAccount::jsonSchema()
{
    static const ObjectSchema<ServiceAccount> schema = [] {
        using S = ServiceAccount;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<S> s;
        s.field("id", &S::id, optional)
            .field("lead", &S::lead, optional)
            .field("service", &S::service)
            .field("account_id", &S::accountId, optional)
            .field("status", &S::status, optional)
            .field("created_at", &S::createdAt, optional)
            .field("updated_at", &S::updatedAt, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
