// SPDX-License-Identifier: GPL-3.0-or-later
#include "draft.h"

namespace Crego::Models {

QJsonObject Draft::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("profile"), profile },
        { QStringLiteral("kind"), recordKindKey(kind) },
        { QStringLiteral("lead"), leadId },
        { QStringLiteral("title"), title },
        { QStringLiteral("original"), original },
        { QStringLiteral("values"), values },
        { QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

Draft Draft::fromJson(const QJsonObject& json)
{
    Draft draft;
    draft.id = json.value(QStringLiteral("id")).toString();
    draft.profile = json.value(QStringLiteral("profile")).toString();
    draft.kind = recordKindFromKey(json.value(QStringLiteral("kind")).toString());
    draft.leadId = json.value(QStringLiteral("lead")).toString();
    draft.title = json.value(QStringLiteral("title")).toString();
    draft.original = json.value(QStringLiteral("original")).toObject();
    draft.values = json.value(QStringLiteral("values")).toObject();
    draft.savedAt = QDateTime::fromString(json.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    return draft;
}

} // namespace Crego::Models
