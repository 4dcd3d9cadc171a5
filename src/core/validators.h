// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationresult.h"
#include <QCoreApplication>

#include <QString>

namespace Crego::Core {

//! Checks Indian identifiers as people type them: PAN, IFSC, pincode, mobile, email, bank account number.
//! GSTIN and Aadhaar, which carry check characters, have classes of their own.
class Validators
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    //! 5 letters, 4 digits, 1 letter; the 4th letter must name a holder type (P, C, H, F, ...).
    static ValidationResult pan(const QString& input);
    //! The holder type the 4th letter of a PAN stands for ("Individual", "Company", ...), or empty.
    static QString panHolderType(QChar letter);
    //! 4-letter bank code, a literal 0, then 6 letters or digits.
    static ValidationResult ifsc(const QString& input);
    //! 6 digits, not starting with 0.
    static ValidationResult pincode(const QString& input);
    //! 10 digits starting 6-9; accepts +91, 91 and 0 prefixes and spaces; normalises to +91XXXXXXXXXX.
    static ValidationResult mobile(const QString& input);
    static ValidationResult email(const QString& input);
    //! 9 to 18 digits (spaces allowed while typing).
    static ValidationResult bankAccountNumber(const QString& input);
    //! "XXXXXX1234": only the last four digits shown.
    static QString maskAccountNumber(const QString& accountNumber);
    //! "+91 98XXXXXX10": the first two and last two digits shown.
    static QString maskMobile(const QString& mobile);
};

} // namespace Crego::Core
