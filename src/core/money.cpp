// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <limits>

namespace Crego::Core {

namespace {

constexpr qint64 MaxPaise = std::numeric_limits<qint64>::max();
constexpr int MaxExponent = 40;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

//! Appends one decimal digit to \a value; false on overflow.
bool pushDigit(qint64& value, int digit)
{
    if (value > (MaxPaise - digit) / 10) {
        return false;
    }
    value = value * 10 + digit;
    return true;
}

//! Plain decimals ("-12345.678") without building strings: the common case of every amount in a payload.
std::optional<qint64> plainDecimalPaise(QByteArrayView text, Money::Rounding rounding, bool& handled)
{
    handled = false;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    const bool negative = size > 0 && text[0] == '-';
    pos += (size > 0 && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    const qsizetype integerStart = pos;
    qint64 rupees = 0;
    for (; pos < size && isDigit(text[pos]); ++pos) {
        if (rupees > (MaxPaise / 100 - 9) / 10) {
            return std::nullopt; // too many digits for the fast path; let the general one decide
        }
        rupees = rupees * 10 + (text[pos] - '0');
    }
    const bool hasInteger = pos > integerStart;
    int fraction[3] = { 0, 0, 0 };
    bool nonZeroTail = false;
    bool hasFraction = false;
    if (pos < size && text[pos] == '.') {
        ++pos;
        for (int index = 0; pos < size && isDigit(text[pos]); ++pos, ++index) {
            hasFraction = true;
            if (index < 3) {
                fraction[index] = text[pos] - '0';
            } else {
                nonZeroTail = nonZeroTail || text[pos] != '0';
            }
        }
    }
    if (pos != size || (!hasInteger && !hasFraction)) {
        return std::nullopt; // an exponent or stray characters: not a plain decimal
    }
    handled = true;
    qint64 paise = rupees * 100 + fraction[0] * 10 + fraction[1];
    if (fraction[2] != 0 || nonZeroTail) {
        if (rounding == Money::Rounding::Exact) {
            handled = true;
            return std::nullopt;
        }
        paise += fraction[2] >= 5 ? 1 : 0;
    }
    return negative ? -paise : paise;
}

} // namespace

std::optional<Money> Money::fromDecimalText(QByteArrayView text, Rounding rounding)
{
    bool handled = false;
    const std::optional<qint64> fast = plainDecimalPaise(text, rounding, handled);
    if (handled) {
        return fast ? std::optional<Money>(Money(*fast)) : std::nullopt;
    }
    return fromScientificText(text, rounding);
}

std::optional<Money> Money::fromScientificText(QByteArrayView text, Rounding rounding)
{
    qsizetype pos = 0;
    const qsizetype size = text.size();
    bool negative = false;
    if (pos < size && (text[pos] == '-' || text[pos] == '+')) {
        negative = text[pos] == '-';
        ++pos;
    }

    // Collect the significant digits and where the decimal point falls among them.
    QByteArray digits;
    qsizetype pointPosition = -1;
    for (; pos < size; ++pos) {
        const char c = text[pos];
        if (isDigit(c)) {
            digits.append(c);
        } else if (c == '.' && pointPosition < 0) {
            pointPosition = digits.size();
        } else {
            break;
        }
    }
    if (digits.isEmpty()) {
        return std::nullopt;
    }
    if (pointPosition < 0) {
        pointPosition = digits.size();
    }

    if (pos < size && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        bool negativeExponent = false;
        if (pos < size && (text[pos] == '-' || text[pos] == '+')) {
            negativeExponent = text[pos] == '-';
            ++pos;
        }
        int exponent = 0;
        const qsizetype exponentStart = pos;
        for (; pos < size && isDigit(text[pos]); ++pos) {
            exponent = exponent * 10 + (text[pos] - '0');
            if (exponent > MaxExponent) {
                return std::nullopt;
            }
        }
        if (pos == exponentStart) {
            return std::nullopt;
        }
        pointPosition += negativeExponent ? -exponent : exponent;
    }
    if (pos != size) {
        return std::nullopt;
    }

    // Paise are the digits up to two places after the point; the next digit decides rounding.
    const qsizetype paiseEnd = pointPosition + 2;
    qint64 paise = 0;
    for (qsizetype i = 0; i < paiseEnd; ++i) {
        const int digit = (i >= 0 && i < digits.size()) ? digits[i] - '0' : 0;
        if (!pushDigit(paise, digit)) {
            return std::nullopt;
        }
    }
    bool hasRemainder = false;
    for (qsizetype i = std::max<qsizetype>(paiseEnd, 0); i < digits.size(); ++i) {
        hasRemainder = hasRemainder || digits[i] != '0';
    }
    if (hasRemainder) {
        if (rounding == Rounding::Exact) {
            return std::nullopt;
        }
        const bool roundUp = paiseEnd >= 0 && paiseEnd < digits.size() && digits[paiseEnd] >= '5';
        if (roundUp) {
            if (paise == MaxPaise) {
                return std::nullopt;
            }
            ++paise;
        }
    }
    return Money(negative ? -paise : paise);
}

QJsonValue Money::toJson() const
{
    if (m_paise % 100 == 0) {
        return QJsonValue(m_paise / 100);
    }
    return QJsonValue(toRupeesDouble());
}

} // namespace Crego::Core
