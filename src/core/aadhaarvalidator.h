// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationresult.h"
#include <QCoreApplication>

#include <QString>

namespace Crego::Core {

//! Aadhaar: 12 digits, first not 0 or 1, last a Verhoeff check digit. Only ever shown masked.
class AadhaarValidator
{
    Q_DECLARE_TR_FUNCTIONS(AadhaarValidator)

public:
    //! On success the normalised value is the masked form, never the full number.
    static ValidationResult validate(const QString& input);
    //! The Verhoeff check digit for the first 11 digits.
    static int checkDigit(const QString& first11);
    //! "XXXX XXXX 1234": only the last four digits.
    static QString mask(const QString& input);
};

} // namespace Crego::Core
