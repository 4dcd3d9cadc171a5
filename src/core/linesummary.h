// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "money.h"
#include "objectschema.h"
#include "timestamp.h"

#include <optional>

namespace Crego::Core {

struct LeadProgram;

//! Sandbox extension on each lead of the list: the headline figures of all its lines together — amounts
//! summed over every line, the worst DPD and the most severe asset class of any line — and the primary
//! program's name.
struct LineSummary : JsonRecord
{
    QString programId;
    QString programName;
    Money approvedLineAmount;
    Money operativeLineAmount;
    Money availableLineAmount;
    Money totalOutstanding;
    int dpd = 0;
    QString npaCategory;
    //! How many of the lead's programs have a line; 0 when the server did not say.
    int lineCount = 0;
    //! False when the lead has programs but none has a line yet: the figures are unknown, not zero.
    bool hasLine = true;

    //! The same figures derived from a lead's programs, for servers that send no `line_summary`: amounts
    //! summed over all lines, the worst DPD and the most severe asset class of any line, the primary
    //! program's id and name; nullopt for a lead without programs.
    static std::optional<LineSummary> fromPrograms(const QList<LeadProgram>& programs);

    static const ObjectSchema<LineSummary>& jsonSchema();
};

} // namespace Crego::Core
