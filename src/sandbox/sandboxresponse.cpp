// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxresponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Crego::Sandbox {

SandboxResponse SandboxResponse::json(int status, const QJsonValue& value)
{
    SandboxResponse response;
    response.status = status;
    if (value.isArray()) {
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else {
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString& detail)
{
    return json(status, QJsonObject { { QStringLiteral("detail"), detail } });
}

SandboxResponse SandboxResponse::fieldErrors(const QJsonObject& errors)
{
    return json(400, errors);
}

} // namespace Crego::Sandbox
