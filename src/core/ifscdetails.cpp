// SPDX-License-Identifier: GPL-3.0-or-later
#include "ifscdetails.h"

namespace Crego::Core {

const ObjectSchema<IfscDetails>& IfscDetails::jsonSchema()
{
    static const ObjectSchema<IfscDetails> schema = [] {
        using I = IfscDetails;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<I> s;
        s.field("ifsc", &I::ifsc)
            .field("bank", &I::bank)
            .field("bank_code", &I::bankCode, optional)
            .field("branch", &I::branch, optional)
            .field("address", &I::address, optional)
            .field("city", &I::city, optional)
            .field("district", &I::district, optional)
            .field("state", &I::state, optional)
            .field("micr", &I::micr, optional)
            .field("swift", &I::swift, optional)
            .field("neft", &I::neft, optional)
            .field("rtgs", &I::rtgs, optional)
            .field("imps", &I::imps, optional)
            .field("upi", &I::upi, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
