// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

namespace Crego::Core {

//! The answer of the health check: whether the service is up, and what it calls itself.
struct HealthStatus : JsonRecord
{
    QString status; //!< "ok" when healthy
    QString service;
    QString version;
    Timestamp time;
    qint64 maxUploadBytes = 0; //!< the largest document file accepted (a sandbox extension); 0: not said

    bool isHealthy() const { return status.compare(QLatin1String("ok"), Qt::CaseInsensitive) == 0; }

    static const ObjectSchema<HealthStatus>& jsonSchema();
};

} // namespace Crego::Core
