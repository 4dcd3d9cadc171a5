// SPDX-License-Identifier: GPL-3.0-or-later
#include "pincodedetails.h"

namespace Crego::Core {

const ObjectSchema<PincodeDetails>& PincodeDetails::jsonSchema()
{
    static const ObjectSchema<PincodeDetails> schema = [] {
        using P = PincodeDetails;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<P> s;
        s.field("pincode", &P::pincode, optional)
            .field("city", &P::city)
            .field("district", &P::district, optional)
            .field("state", &P::state)
            .field("post_offices", &P::postOffices, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
