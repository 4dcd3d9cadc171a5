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
            ++summary.lineCount;
            summary.approvedLineAmount += program.lineDetail->approvedLineAmount;
            summary.operativeLineAmount += program.lineDetail->operativeLineAmount;
            summary.availableLineAmount += program.lineDetail->activeLineAmount;
            summary.totalOutstanding += program.lineDetail->totalOutstanding;
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
            .field("line_count", &S::lineCount, optional)
            .field("npa_category", &S::npaCategory, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
