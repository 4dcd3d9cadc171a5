// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! Leads: list (paged, searched, filtered, ordered), create, get, delete, and the lead's programs.
class LeadRoutes
{
    Q_DECLARE_TR_FUNCTIONS(LeadRoutes)

public:
    static void install(SandboxRouter& router, SandboxContext& context);

private:
    static SandboxResponse list(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse create(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse get(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse remove(SandboxContext& context, const SandboxRequest& request);
    //! A new lead's line under \a programId: nothing sanctioned yet, the program's pricing.
    static QJsonObject freshLeadProgram(
        SandboxContext& context, const QString& leadId, const QString& programId, const QString& refId, double now);
};

} // namespace Crego::Sandbox
