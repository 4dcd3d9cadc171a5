// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace Crego::Core {

//! A server time: epoch seconds with a fraction (or ISO-8601 text), shown as a UTC QDateTime in milliseconds.
//! Keeps the value exactly as received so an unchanged record encodes back to the same JSON number.
class Timestamp
{
public:
    Timestamp() = default;
    static Timestamp fromDateTime(const QDateTime& dateTime);
    static Timestamp fromMSecsSinceEpoch(qint64 msecs);
    //! "1716451159.041", "1779523159", "1.7e9"; nullopt when not a number.
    static std::optional<Timestamp> fromEpochText(QByteArrayView text);
    //! Epoch seconds as parsed from JSON; nullopt when out of range.
    static std::optional<Timestamp> fromEpochSeconds(double seconds);
    //! "2025-03-16T13:31:14.842587Z"; nullopt when not ISO-8601.
    static std::optional<Timestamp> fromIsoString(const QString& text);

    bool isNull() const { return !m_valid; }
    qint64 msecsSinceEpoch() const { return m_msecs; }
    double epochSeconds() const { return m_seconds; }
    QDateTime toUtc() const;
    QJsonValue toJson() const;

    friend bool operator==(const Timestamp& a, const Timestamp& b)
    {
        return a.m_valid == b.m_valid && a.m_msecs == b.m_msecs;
    }
    friend bool operator!=(const Timestamp& a, const Timestamp& b) { return !(a == b); }

private:
    qint64 m_msecs = 0;
    double m_seconds = 0;
    bool m_valid = false;
    bool m_fromIsoText = false;
};

} // namespace Crego::Core
