// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace Crego::Sandbox {

//! One HTTP answer of the sandbox: status, body and extra headers. JSON unless said otherwise.
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const QJsonValue& value);
    //! DRF-style `{"detail": "..."}`.
    static SandboxResponse error(int status, const QString& detail);
    //! DRF-style `{"field": ["reason", ...], ...}` with status 400.
    static SandboxResponse fieldErrors(const QJsonObject& errors);
    static SandboxResponse noContent() { return SandboxResponse { 204, QByteArray(), QByteArray(), {} }; }
};

} // namespace Crego::Sandbox
