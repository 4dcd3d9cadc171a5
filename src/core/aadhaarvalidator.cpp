// SPDX-License-Identifier: GPL-3.0-or-later
#include "aadhaarvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Crego::Core {

namespace {

// Verhoeff's dihedral-group tables.
constexpr int Multiplication[10][10] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
    { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
    { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
    { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
    { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
    { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
    { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
    { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
    { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
    { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
};
constexpr int Permutation[8][10] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
    { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
    { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
    { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
    { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
    { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
    { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
    { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
};
constexpr int Inverse[10] = { 0, 4, 3, 2, 1, 5, 6, 7, 8, 9 };

QString digitsOnly(const QString& input)
{
    QString text = input;
    text.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return text;
}

//! Verhoeff running check over \a digits read right to left, starting at permutation offset \a offset.
int verhoeff(const QString& digits, int offset)
{
    int check = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int digit = digits.at(digits.size() - 1 - i).digitValue();
        check = Multiplication[check][Permutation[(i + offset) % 8][digit]];
    }
    return check;
}

} // namespace

int AadhaarValidator::checkDigit(const QString& first11)
{
    return Inverse[verhoeff(first11, 1)];
}

ValidationResult AadhaarValidator::validate(const QString& input)
{
    const QString digits = digitsOnly(input);
    if (digits.isEmpty()) {
        return ValidationResult::invalid(AadhaarValidator::tr("Enter the Aadhaar number"));
    }
    static const QRegularExpression allDigits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
    if (!allDigits.match(digits).hasMatch()) {
        return ValidationResult::invalid(AadhaarValidator::tr("An Aadhaar number has only digits"));
    }
    if (digits.size() != 12) {
        return ValidationResult::invalid(
            AadhaarValidator::tr("An Aadhaar number has 12 digits; this has %1").arg(digits.size()));
    }
    if (digits.at(0) == u'0' || digits.at(0) == u'1') {
        return ValidationResult::invalid(AadhaarValidator::tr("An Aadhaar number cannot start with 0 or 1"));
    }
    if (verhoeff(digits, 0) != 0) {
        return ValidationResult::invalid(
            AadhaarValidator::tr("This Aadhaar number fails its check digit; look for a mistyped digit"));
    }
    return ValidationResult::ok(mask(digits));
}

QString AadhaarValidator::mask(const QString& input)
{
    const QString digits = digitsOnly(input);
    return QStringLiteral("XXXX XXXX ") + digits.right(4).rightJustified(4, u'X');
}

} // namespace Crego::Core
