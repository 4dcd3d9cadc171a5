// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicant.h"
#include "jsonrecord.h"
#include "leadprogram.h"
#include "linesummary.h"
#include "objectschema.h"
#include "timestamp.h"

#include <QStringList>

#include <optional>

namespace Crego::Core {

//! A lead: a prospective or active borrower with its applicants (CRM `/v1/crm/leads/`).
struct Lead : JsonRecord
{
    QString id;
    QString refId;
    QString name;
    QString programId;
    QString primaryMobile;
    QString status;
    QStringList tags;
    QList<Applicant> applicants;
    Timestamp createdAt;
    Timestamp updatedAt;
    std::optional<LineSummary> lineSummary; //!< sandbox extension
    QList<LeadProgram> programs; //!< with `expand=programs`

    //! The primary applicant, or nullptr when the lead has none marked.
    const Applicant* primaryApplicant() const;
    //! The name to show: the lead's own, else its primary applicant's.
    QString displayName() const;

    static const ObjectSchema<Lead>& jsonSchema();
};

} // namespace Crego::Core
