// SPDX-License-Identifier: GPL-3.0-or-later
#include "linesummary.h"

#include "assetclass.h"
#include "leadprogram.h"

namespace Crego::Core {

std::optional<LineSummary> LineSummary::fromPrograms(const QList<LeadProgram>& programs)
{
    if (programs.isEmpty()) {
        return std::nullopt;
    }
    LineSummary summary;
    summary.npaCategory = QStringLiteral("STD");
    summary.hasLine = std::any_of(
        programs.cbegin(), programs.cend(), [](const LeadProgram& program) { return program.lineDetail.has_value(); });
    const LeadProgram* primary = nullptr;
    for (const LeadProgram& program : programs) {
        if (!primary || program.isPrimary) {
            primary = &program;
        }
        if (program.lineDetail) {
            summary.dpd = std::max(summary.dpd, program.lineDetail->dpd);
            // AssetClass values are ordered by severity (Standard < SubStandard < Doubtful < Loss).
            const AssetClass::Value value = AssetClass::fromCode(program.lineDetail->npaCategory);
            if (value != AssetClass::Unknown && value > AssetClass::fromCode(summary.npaCategory)) {
                summary.npaCategory = program.lineDetail->npaCategory;
            }
        }
    }
    if (primary) {
        summary.programId = primary->programId;
        summary.programName = primary->program ? primary->program->name : QString();
        if (primary->lineDetail) {
            summary.approvedLineAmount = primary->lineDetail->approvedLineAmount;
            summary.operativeLineAmount = primary->lineDetail->operativeLineAmount;
            summary.availableLineAmount = primary->lineDetail->activeLineAmount;
            summary.totalOutstanding = primary->lineDetail->totalOutstanding;
        }
    }
    return summary;
}

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
