// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsoncodec.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Crego::Sandbox {

//! Reading request bodies the way the real API is expected to: a JSON object or a 400 that says why,
//! and type checks through the core's own decoder so a wrong type names its field.
class RequestBody
{
    Q_DECLARE_TR_FUNCTIONS(RequestBody)

public:
    //! The body as a JSON object; otherwise \a error is set to a 400 response.
    static std::optional<QJsonObject> object(const SandboxRequest& request, SandboxResponse& error);

    //! DRF-style errors for values of the wrong JSON type in \a body, checked as a \a Record.
    template<typename Record> static QJsonObject typeErrors(const QJsonObject& body)
    {
        Record record;
        Core::JsonError error;
        if (Core::JsonCodec::decode(QJsonDocument(body).toJson(QJsonDocument::Compact), record, error)) {
            return {};
        }
        return fieldError(error.path.isEmpty() ? QStringLiteral("non_field_errors") : error.path, error.message);
    }

    static QJsonObject fieldError(const QString& field, const QString& message)
    {
        return QJsonObject { { field, QJsonArray { message } } };
    }
};

} // namespace Crego::Sandbox
