// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead.h"

namespace Crego::Core {

const Applicant* Lead::primaryApplicant() const
{
    for (const Applicant& applicant : applicants) {
        if (applicant.isPrimary) {
            return &applicant;
        }
    }
    return nullptr;
}

QString Lead::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    const Applicant* primary = primaryApplicant();
    return primary ? primary->name : QString();
}

const ObjectSchema<Lead>& Lead::jsonSchema()
{
    static const ObjectSchema<Lead> schema = [] {
        using L = Lead;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<L> s;
        s.field("id", &L::id, optional)
            .field("ref_id", &L::refId, optional)
            .field("name", &L::name, optional)
            .field("program_id", &L::programId, optional)
            .field("primary_mobile", &L::primaryMobile, optional)
            .field("status", &L::status, optional)
            .field("tags", &L::tags, optional)
            .field("applicants", &L::applicants, optional)
            .field("created_at", &L::createdAt, optional)
            .field("updated_at", &L::updatedAt, optional)
            .field("line_summary", &L::lineSummary, optional)
            .field("programs", &L::programs, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
