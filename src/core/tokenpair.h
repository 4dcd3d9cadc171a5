// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! An access/refresh token pair. Secret: never logged, stored in settings or exported.
struct TokenPair : JsonRecord
{
    QString access;
    QString refresh;
    int expiresIn = 0; //!< seconds; 0 when not given
    QString tokenType; //!< "Bearer"

    static const ObjectSchema<TokenPair>& jsonSchema();
};

} // namespace Crego::Core
