// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthstatus.h"

namespace Crego::Core {

const ObjectSchema<HealthStatus>& HealthStatus::jsonSchema()
{
    static const ObjectSchema<HealthStatus> schema = [] {
        using H = HealthStatus;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<H> s;
        s.field("status", &H::status)
            .field("service", &H::service, optional)
            .field("version", &H::version, optional)
            .field("time", &H::time, optional)
            .field("max_upload_bytes", &H::maxUploadBytes, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
