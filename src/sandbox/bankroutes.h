// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! Bank accounts: CRUD under /v1/crm/banks/, IFSC look-up, and a deterministic penny-drop verification.
class BankRoutes
{
    Q_DECLARE_TR_FUNCTIONS(BankRoutes)

public:
    static void install(SandboxRouter& router, SandboxContext& context);
};

} // namespace Crego::Sandbox
