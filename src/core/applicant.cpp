// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicant.h"

namespace Crego::Core {

const ObjectSchema<Applicant>& Applicant::jsonSchema()
{
    static const ObjectSchema<Applicant> schema = [] {
        using A = Applicant;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<A> s;
        s.field("id", &A::id, optional)
            .field("lead", &A::lead, optional)
            .field("applicant_type", &A::applicantType, optional)
            .field("is_primary", &A::isPrimary, optional)
            .field("name", &A::name, optional)
            .field("entity_type", &A::entityType, optional)
            .field("mobile", &A::mobile, optional)
            .field("email", &A::email, optional)
            .field("pan", &A::pan, optional)
            .field("gstin", &A::gstin, optional)
            .field("aadhaar_masked", &A::aadhaarMasked, optional)
            .field("dob", &A::dob, optional)
            .field("gender", &A::gender, optional)
            .field("tags", &A::tags, optional)
            .field("relation_with_primary_applicant", &A::relationWithPrimaryApplicant, optional)
            .field("created_at", &A::createdAt, optional)
            .field("updated_at", &A::updatedAt, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
