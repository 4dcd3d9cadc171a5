// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crego::Core {

namespace {

//! Power of ten a unit word multiplies by; -1 when the word is not a unit.
int unitExponent(const QString& unit)
{
    static const QHash<QString, int> units {
        { QStringLiteral("k"), 3 },
        { QStringLiteral("thousand"), 3 },
        { QStringLiteral("l"), 5 },
        { QStringLiteral("lac"), 5 },
        { QStringLiteral("lacs"), 5 },
        { QStringLiteral("lakh"), 5 },
        { QStringLiteral("lakhs"), 5 },
        { QStringLiteral("cr"), 7 },
        { QStringLiteral("crs"), 7 },
        { QStringLiteral("crore"), 7 },
        { QStringLiteral("crores"), 7 },
    };
    return units.value(unit, -1);
}

MoneyParser::Result failure(const QString& reason)
{
    return MoneyParser::Result { std::nullopt, reason };
}

} // namespace

MoneyParser::Result MoneyParser::parse(const QString& input, Sign sign)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty()) {
        return failure(MoneyParser::tr("Enter an amount, for example 5,00,000 or 5 lakh"));
    }

    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'\u2212')) {
        negative = true;
        text.remove(0, 1);
    }
    static const QRegularExpression currencyPrefix(QStringLiteral("^\\s*(₹|rs\\.?|inr)\\s*"));
    text.remove(currencyPrefix);
    if (!negative && text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }

    static const QRegularExpression shape(QStringLiteral("^([0-9][0-9,]*(?:\\.[0-9]*)?|\\.[0-9]+)\\s*([a-z]*)$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch()) {
        return failure(MoneyParser::tr("\"%1\" is not an amount; use digits, for example 5,00,000 or 5 lakh")
                           .arg(input.trimmed()));
    }
    QString number = match.captured(1);
    if (number.contains(QStringLiteral(",,")) || number.endsWith(u',') || number.contains(QStringLiteral(",."))) {
        return failure(MoneyParser::tr("\"%1\" has misplaced commas").arg(input.trimmed()));
    }
    number.remove(u',');

    const QString unit = match.captured(2);
    int exponent = 0;
    if (!unit.isEmpty()) {
        exponent = unitExponent(unit);
        if (exponent < 0) {
            return failure(MoneyParser::tr("Unknown unit \"%1\": use k, lakh or crore").arg(unit));
        }
    }

    const QByteArray decimal = number.toLatin1() + 'e' + QByteArray::number(exponent);
    if (exponent == 0 && number.contains(u'.') && number.section(u'.', 1).size() > 2) {
        return failure(MoneyParser::tr("An amount has at most two decimal places (paise)"));
    }
    const std::optional<Money> amount = Money::fromDecimalText(decimal, Money::Rounding::Exact);
    if (!amount) {
        if (Money::fromDecimalText(decimal, Money::Rounding::HalfAwayFromZero)) {
            return failure(MoneyParser::tr("That is a fraction of a paisa; give at most two decimal places of rupees"));
        }
        return failure(MoneyParser::tr("The amount is too large"));
    }
    if (negative && sign == Sign::PositiveOnly && !amount->isZero()) {
        return failure(MoneyParser::tr("The amount cannot be negative"));
    }
    return Result { negative ? -*amount : *amount, QString() };
}

} // namespace Crego::Core
