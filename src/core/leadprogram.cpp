// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadprogram.h"

namespace Crego::Core {

QString LeadProgram::displayName() const
{
    return program && !program->name.isEmpty() ? program->name : programId;
}

const ObjectSchema<LeadProgram>& LeadProgram::jsonSchema()
{
    static const ObjectSchema<LeadProgram> schema = [] {
        using P = LeadProgram;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<P> s;
        s.field("lead_id", &P::leadId, optional)
            .field("ref_id", &P::refId, optional)
            .field("program_id", &P::programId, optional)
            .field("product_type", &P::productType, optional)
            .field("status", &P::status, optional)
            .field("tags", &P::tags, optional)
            .field("is_primary", &P::isPrimary, optional)
            .field("created_at", &P::createdAt, optional)
            .field("updated_at", &P::updatedAt, optional)
            .field("program", &P::program, optional)
            .field("line_detail", &P::lineDetail, optional)
            .field("loan_data", &P::loanData, optional)
            .field("id", &P::id, optional);
        return s;
    }();
    return schema;
}

} // namespace Crego::Core
