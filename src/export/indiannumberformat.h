// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Export {

//! Spreadsheet number formats that show an amount with Indian grouping (12,34,567 and -12,34,567) in Excel
//! and LibreOffice whatever the reader's locale. One format cannot: a format's grouping separator follows
//! the reader's locale and groups by thousands, and conditions allow only two ranges. So each cell gets the
//! format made for its magnitude, with literal commas where an Indian reader expects them.
class IndianNumberFormat
{
public:
    //! The format for \a value: \a decimals digits after the point (0 or 2), commas for its digit count.
    static QString forValue(double value, int decimals) { return forDigits(digits(value, decimals), decimals); }
    //! How many digits \a value has before the point once rounded to \a decimals (1 to 15).
    static int digits(double value, int decimals);
    //! The format for numbers with \a integerDigits digits before the point (1 to 15).
    static QString forDigits(int integerDigits, int decimals);
};

} // namespace Crego::Export
