// SPDX-License-Identifier: GPL-3.0-or-later
#include "linesummary.h"

namespace Crego::Core {

const ObjectSchema<LineSummary>& LineSummary::jsonSchema()
{
    static const ObjectSchema<LineSummary> schema = [] {
        using S = LineSummary;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<S> s;
        s.field("program_id", &S::programId, optional)
            .field("program_name", &S::programName, optional)
            .field("approved_line_amount", &S::approvedLineAmount, optional)
            .field("operative_line_amount", &S::operativeLineAmount, optional)
            .field("available_line_amount", &S::availableLineAmount, optional)
            .field("total_outstanding", &S::totalOutstanding, optional)
            .field("dpd", &S::dpd, optional)
            .field("npa_category", &S::npaCategory, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
