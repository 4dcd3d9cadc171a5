// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyformatter.h"

#include <QCoreApplication>
#include <QLocale>

namespace Crego::Core {

namespace {

constexpr qint64 PaisePerLakh = qint64(100000) * 100;
constexpr qint64 PaisePerCrore = qint64(10000000) * 100;
const QString RupeeSign = QStringLiteral("₹");

const QLocale& indianLocale()
{
    static const QLocale locale(QLocale::English, QLocale::India);
    return locale;
}

//! The magnitude of \a paise as text without sign; handles the one value whose negation overflows.
QString unsignedFigure(qint64 paise)
{
    const quint64 magnitude = paise < 0 ? quint64(0) - quint64(paise) : quint64(paise);
    const quint64 rupees = magnitude / 100;
    const quint64 rest = magnitude % 100;
    QString text = indianLocale().toString(qulonglong(rupees));
    if (rest != 0) {
        text += u'.' + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
    }
    return text;
}

//! "1.25" from hundredths 125; trailing zeros dropped ("5", "12.5").
QString hundredthsText(quint64 hundredths)
{
    QString text = indianLocale().toString(qulonglong(hundredths / 100));
    const quint64 fraction = hundredths % 100;
    if (fraction != 0) {
        text += fraction % 10 == 0 ? u'.' + QString::number(fraction / 10)
                                   : u'.' + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    }
    return text;
}

} // namespace

QString MoneyFormatter::groupDigits(qint64 value)
{
    return indianLocale().toString(value);
}

QString MoneyFormatter::formatNumber(Money amount)
{
    const QString figure = unsignedFigure(amount.paise());
    return amount.isNegative() ? u'-' + figure : figure;
}

QString MoneyFormatter::format(Money amount)
{
    const QString figure = RupeeSign + unsignedFigure(amount.paise());
    return amount.isNegative() ? u'-' + figure : figure;
}

QString MoneyFormatter::formatCompact(Money amount)
{
    const qint64 paise = amount.paise();
    const quint64 magnitude = paise < 0 ? quint64(0) - quint64(paise) : quint64(paise);
    if (magnitude < quint64(PaisePerLakh)) {
        // Below a lakh: whole rupees, rounded.
        const quint64 rupees = (magnitude + 50) / 100;
        const QString figure = RupeeSign + indianLocale().toString(qulonglong(rupees));
        return amount.isNegative() && rupees != 0 ? u'-' + figure : figure;
    }
    // Round to hundredths of the unit, half up, in integers; 99.996 lakh rounds up to 1 crore.
    const auto roundedHundredths
        = [magnitude](quint64 unit) { return magnitude / unit * 100 + ((magnitude % unit) * 100 + unit / 2) / unit; };
    bool crore = magnitude >= quint64(PaisePerCrore);
    quint64 hundredths = roundedHundredths(quint64(crore ? PaisePerCrore : PaisePerLakh));
    if (!crore && hundredths >= 100 * 100) {
        crore = true;
        hundredths = roundedHundredths(quint64(PaisePerCrore));
    }
    const QString suffix = crore ? QCoreApplication::translate("MoneyFormatter", "Cr")
                                 : QCoreApplication::translate("MoneyFormatter", "L");
    const QString figure = RupeeSign + hundredthsText(hundredths) + u' ' + suffix;
    return amount.isNegative() ? u'-' + figure : figure;
}

} // namespace Crego::Core
