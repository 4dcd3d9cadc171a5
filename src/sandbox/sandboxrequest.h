// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Crego::Sandbox {

//! An HTTP request as the sandbox's handlers see it, with the path's {placeholders} captured by name.
struct SandboxRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QHash<QString, QString> captures;

    QString capture(const QString& name) const { return captures.value(name); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace Crego::Sandbox
