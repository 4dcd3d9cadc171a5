// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QtGlobal>

#include <optional>

namespace Crego::Core {

//! An exact amount of Indian rupees, held as whole paise. Never a floating-point number in arithmetic.
class Money
{
public:
    enum class Rounding {
        HalfAwayFromZero, //!< round sub-paise digits (server figures such as 36673.740000000005)
        Exact, //!< refuse sub-paise digits (what a user types)
    };

    constexpr Money() = default;
    static constexpr Money fromPaise(qint64 paise) { return Money(paise); }
    static constexpr Money fromRupees(qint64 rupees) { return Money(rupees * 100); }
    //! Parses a plain decimal such as "26586.26", "-5", "1.25e7" exactly; nullopt when malformed or out of range.
    static std::optional<Money> fromDecimalText(QByteArrayView text, Rounding rounding);

    constexpr qint64 paise() const { return m_paise; }
    constexpr bool isZero() const { return m_paise == 0; }
    constexpr bool isNegative() const { return m_paise < 0; }
    //! Rupees as a double, for charts and JSON output only; exact up to 2^53 paise.
    double toRupeesDouble() const { return double(m_paise) / 100.0; }
    //! Whole rupees as a JSON integer, otherwise rupees with paise as a JSON number.
    QJsonValue toJson() const;

    constexpr Money operator+(Money other) const { return Money(m_paise + other.m_paise); }
    constexpr Money operator-(Money other) const { return Money(m_paise - other.m_paise); }
    constexpr Money operator-() const { return Money(-m_paise); }
    constexpr Money& operator+=(Money other)
    {
        m_paise += other.m_paise;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_paise -= other.m_paise;
        return *this;
    }
    friend constexpr bool operator==(Money a, Money b) { return a.m_paise == b.m_paise; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_paise != b.m_paise; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_paise < b.m_paise; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_paise <= b.m_paise; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_paise > b.m_paise; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_paise >= b.m_paise; }

private:
    //! The general parser, exponents included; slower, for the rare amount not written as a plain decimal.
    static std::optional<Money> fromScientificText(QByteArrayView text, Rounding rounding);

    constexpr explicit Money(qint64 paise)
        : m_paise(paise)
    { }

    qint64 m_paise = 0;
};

} // namespace Crego::Core

Q_DECLARE_METATYPE(Crego::Core::Money)
