// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestbody.h"

namespace Crego::Sandbox {

std::optional<QJsonObject> RequestBody::object(const SandboxRequest& request, SandboxResponse& error)
{
    if (!request.contentType.isEmpty() && !request.contentType.startsWith("application/json")) {
        error = SandboxResponse::error(415,
            tr("Unsupported media type \"%1\"; send application/json.").arg(QString::fromLatin1(request.contentType)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = SandboxResponse::error(400, tr("JSON parse error - %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = SandboxResponse::error(400, tr("Expected a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace Crego::Sandbox
