// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! Applicants: CRUD under /v1/crm/applicants/ and mark-as-primary, keeping exactly one primary per lead.
class ApplicantRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantRoutes)

public:
    static void install(SandboxRouter& router, SandboxContext& context);
    //! Makes \a applicantId the lead's only primary applicant and the lead's primary mobile its mobile.
    static bool makePrimary(SandboxContext& context, const QString& leadId, const QString& applicantId);
    //! Re-derives the lead's search text after its applicants changed.
    static bool refreshLead(SandboxContext& context, const QString& leadId);
};

} // namespace Crego::Sandbox
