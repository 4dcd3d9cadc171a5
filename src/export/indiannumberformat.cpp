// SPDX-License-Identifier: GPL-3.0-or-later
#include "indiannumberformat.h"

#include <cmath>

namespace Crego::Export {

QString IndianNumberFormat::forDigits(int integerDigits, int decimals)
{
    // The last three digits, then groups of two: "#0\,00\,000" has room for 7 digits; a leading "#"
    // absorbs any digit beyond the placeholders and prints nothing for a missing one.
    QString pattern = QStringLiteral("000");
    int placed = 3;
    if (integerDigits <= 3) {
        pattern = QStringLiteral("0");
    }
    while (placed < integerDigits) {
        pattern.prepend(integerDigits - placed >= 2 ? QStringLiteral("00\\,") : QStringLiteral("0\\,"));
        placed += 2;
    }
    if (integerDigits > 3) {
        pattern.replace(0, 1, u'#'); // the leftmost group may be one digit short
    }
    if (decimals > 0) {
        pattern += u'.' + QString(decimals, u'0');
    }
    return pattern + u';' + u'-' + pattern;
}

int IndianNumberFormat::digits(double value, int decimals)
{
    const double whole = std::floor(std::fabs(value) + (decimals > 0 ? 0.005 : 0.5));
    int digits = 1;
    for (double limit = 10; whole >= limit && digits < 15; limit *= 10) {
        ++digits;
    }
    return digits;
}

} // namespace Crego::Export
