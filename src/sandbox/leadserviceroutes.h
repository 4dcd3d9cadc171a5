// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! What a lead sends elsewhere: its service accounts, send-to-service (the sandbox's own LOS and LMS),
//! a borrower token, and the Excel-style export of the lead list.
class LeadServiceRoutes
{
    Q_DECLARE_TR_FUNCTIONS(LeadServiceRoutes)

public:
    static const QStringList& services();
    static void install(SandboxRouter& router, SandboxContext& context);

private:
    static SandboxResponse sendToService(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse borrowerToken(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse downloadExcel(SandboxContext& context, const SandboxRequest& request);
};

} // namespace Crego::Sandbox
