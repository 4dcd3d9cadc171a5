// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "linedetail.h"
#include "loandata.h"
#include "objectschema.h"
#include "program.h"

#include <QStringList>

#include <optional>

namespace Crego::Core {

//! One program a lead is attached to, with the credit line and pricing (an element of GET leads/{id}/programs/).
struct LeadProgram : JsonRecord
{
    QString id;
    QString leadId;
    QString refId;
    QString programId;
    QString productType;
    QString status; //!< e.g. "disbursed"
    QStringList tags;
    bool isPrimary = false;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<Program> program;
    std::optional<LineDetail> lineDetail;
    std::optional<LoanData> loanData;

    //! The program's name, else its id.
    QString displayName() const;

    static const ObjectSchema<LeadProgram>& jsonSchema();
};

} // namespace Crego::Core
