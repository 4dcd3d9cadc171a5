// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenpair.h"

namespace Crego::Core {

const ObjectSchema<TokenPair>& TokenPair::jsonSchema()
{
    static const ObjectSchema<TokenPair> schema = [] {
        using T = TokenPair;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<T> s;
        s.field("access", &T::access)
            .field("refresh", &T::refresh, optional)
            .field("expires_in", &T::expiresIn, optional)
            .field("token_type", &T::tokenType, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
