// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QLocale>

namespace Crego::Core {

QString DateText::date(const Timestamp& timestamp)
{
    return timestamp.isNull()
        ? QStringLiteral("—")
        : QLocale().toString(timestamp.toUtc().toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

QString DateText::dateTime(const Timestamp& timestamp)
{
    return timestamp.isNull()
        ? QStringLiteral("—")
        : QLocale().toString(timestamp.toUtc().toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace Crego::Core
