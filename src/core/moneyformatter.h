// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QString>

namespace Crego::Core {

//! Shows amounts the Indian way: lakh/crore grouping and the rupee sign (₹12,34,567.50), or compact (₹1.25 Cr).
class MoneyFormatter
{
public:
    //! Full figure: "₹5,00,000", "₹12,34,567.50", "-₹5,000"; paise shown only when there are some.
    static QString format(Money amount);
    //! Full figure without the rupee sign, for table cells with a currency header: "12,34,567.50".
    static QString formatNumber(Money amount);
    //! Tiles and chart axes: "₹5 L", "₹1.25 Cr", "₹12.5 L"; below one lakh the full figure.
    static QString formatCompact(Money amount);
    //! Indian digit grouping of a whole number: 1234567 → "12,34,567".
    static QString groupDigits(qint64 value);
};

} // namespace Crego::Core
