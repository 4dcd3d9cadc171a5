// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! Addresses: CRUD under /v1/crm/addresses/ and city/state by pincode.
class AddressRoutes
{
    Q_DECLARE_TR_FUNCTIONS(AddressRoutes)

public:
    static void install(SandboxRouter& router, SandboxContext& context);
};

} // namespace Crego::Sandbox
