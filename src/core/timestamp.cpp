// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <cmath>

namespace Crego::Core {

namespace {

// Far beyond any loan's life, and small enough that milliseconds stay exact in a double.
constexpr double MaxEpochSeconds = 253402300799.0; // 9999-12-31T23:59:59Z

} // namespace

Timestamp Timestamp::fromDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? fromMSecsSinceEpoch(dateTime.toMSecsSinceEpoch()) : Timestamp();
}

Timestamp Timestamp::fromMSecsSinceEpoch(qint64 msecs)
{
    Timestamp timestamp;
    timestamp.m_msecs = msecs;
    timestamp.m_seconds = double(msecs) / 1000.0;
    timestamp.m_valid = true;
    return timestamp;
}

std::optional<Timestamp> Timestamp::fromEpochText(QByteArrayView text)
{
    bool ok = false;
    const double seconds = text.toByteArray().toDouble(&ok);
    return ok ? fromEpochSeconds(seconds) : std::nullopt;
}

std::optional<Timestamp> Timestamp::fromEpochSeconds(double seconds)
{
    if (!std::isfinite(seconds) || std::fabs(seconds) > MaxEpochSeconds) {
        return std::nullopt;
    }
    Timestamp timestamp;
    timestamp.m_seconds = seconds;
    timestamp.m_msecs = std::llround(seconds * 1000.0);
    timestamp.m_valid = true;
    return timestamp;
}

std::optional<Timestamp> Timestamp::fromIsoString(const QString& text)
{
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        return std::nullopt;
    }
    Timestamp timestamp = fromDateTime(dateTime);
    timestamp.m_fromIsoText = true;
    return timestamp;
}

QDateTime Timestamp::toUtc() const
{
    return m_valid ? QDateTime::fromMSecsSinceEpoch(m_msecs, Qt::UTC) : QDateTime();
}

QJsonValue Timestamp::toJson() const
{
    if (!m_valid) {
        return QJsonValue(QJsonValue::Null);
    }
    if (m_fromIsoText) {
        return toUtc().toString(Qt::ISODateWithMs);
    }
    return m_seconds;
}

} // namespace Crego::Core
