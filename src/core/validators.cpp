// SPDX-License-Identifier: GPL-3.0-or-later
#include "validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Crego::Core {

namespace {

// Plain loops, not regular expressions: the lead list masks a mobile number for every cell it paints.
QString compact(const QString& input)
{
    QString text;
    text.reserve(input.size());
    for (const QChar c : input) {
        if (!c.isSpace() && c != u'-') {
            text.append(c);
        }
    }
    return text;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

//! Whether \a text is \a shape character by character: 'A' a letter A-Z, '9' a digit 0-9, 'X' either.
bool hasShape(QStringView text, QStringView shape)
{
    if (text.size() != shape.size()) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool fits = shape.at(i) == u'A' ? isAsciiUpper(c)
            : shape.at(i) == u'9'             ? isAsciiDigit(c)
                                              : isAsciiUpper(c) || isAsciiDigit(c);
        if (!fits) {
            return false;
        }
    }
    return true;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

} // namespace

QString Validators::panHolderType(QChar letter)
{
    switch (letter.unicode()) {
    case 'P':
        return Validators::tr("Individual");
    case 'C':
        return Validators::tr("Company");
    case 'H':
        return Validators::tr("Hindu undivided family");
    case 'F':
        return Validators::tr("Firm or LLP");
    case 'E':
        return Validators::tr("Limited liability partnership");
    case 'A':
        return Validators::tr("Association of persons");
    case 'B':
        return Validators::tr("Body of individuals");
    case 'T':
        return Validators::tr("Trust");
    case 'L':
        return Validators::tr("Local authority");
    case 'J':
        return Validators::tr("Artificial juridical person");
    case 'G':
        return Validators::tr("Government");
    default:
        return QString();
    }
}

ValidationResult Validators::pan(const QString& input)
{
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty()) {
        return ValidationResult::invalid(Validators::tr("Enter the PAN"));
    }
    if (text.size() != 10) {
        return ValidationResult::invalid(Validators::tr("A PAN has 10 characters; this has %1").arg(text.size()));
    }
    if (!hasShape(text, u"AAAAA9999A")) {
        return ValidationResult::invalid(Validators::tr("A PAN is 5 letters, 4 digits and a letter, like ABCPE1234F"));
    }
    if (panHolderType(text.at(3)).isEmpty()) {
        return ValidationResult::invalid(Validators::tr(
            "The 4th letter of a PAN is the holder type (P, C, H, F, A, B, T, L, J, G); \"%1\" is not one")
                                             .arg(text.at(3)));
    }
    return ValidationResult::ok(text);
}

ValidationResult Validators::ifsc(const QString& input)
{
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty()) {
        return ValidationResult::invalid(Validators::tr("Enter the IFSC"));
    }
    if (text.size() != 11) {
        return ValidationResult::invalid(Validators::tr("An IFSC has 11 characters; this has %1").arg(text.size()));
    }
    if (!hasShape(QStringView(text).left(4), u"AAAA")) {
        return ValidationResult::invalid(Validators::tr("An IFSC starts with the 4-letter bank code, like SBIN"));
    }
    if (text.at(4) != u'0') {
        return ValidationResult::invalid(Validators::tr("The 5th character of an IFSC is always 0"));
    }
    if (!hasShape(QStringView(text).mid(5), u"XXXXXX")) {
        return ValidationResult::invalid(Validators::tr("The last 6 characters of an IFSC are letters or digits"));
    }
    return ValidationResult::ok(text);
}

ValidationResult Validators::pincode(const QString& input)
{
    const QString text = compact(input);
    if (text.isEmpty()) {
        return ValidationResult::invalid(Validators::tr("Enter the pincode"));
    }
    if (!hasShape(text, u"999999")) {
        return ValidationResult::invalid(Validators::tr("A pincode has exactly 6 digits"));
    }
    if (text.at(0) == u'0') {
        return ValidationResult::invalid(Validators::tr("A pincode cannot start with 0"));
    }
    return ValidationResult::ok(text);
}

ValidationResult Validators::mobile(const QString& input)
{
    QString text = compact(input);
    text.remove(u'(').remove(u')');
    if (text.isEmpty()) {
        return ValidationResult::invalid(Validators::tr("Enter the mobile number"));
    }
    if (text.startsWith(QStringLiteral("+91"))) {
        text.remove(0, 3);
    } else if (text.size() == 12 && text.startsWith(QStringLiteral("91"))) {
        text.remove(0, 2);
    } else if (text.size() == 11 && text.startsWith(u'0')) {
        text.remove(0, 1);
    }
    if (!allDigits(text)) {
        return ValidationResult::invalid(Validators::tr("A mobile number has only digits (and an optional +91)"));
    }
    if (text.size() != 10) {
        return ValidationResult::invalid(Validators::tr("A mobile number has 10 digits; this has %1").arg(text.size()));
    }
    if (text.at(0) < u'6') {
        return ValidationResult::invalid(Validators::tr("An Indian mobile number starts with 6, 7, 8 or 9"));
    }
    return ValidationResult::ok(QStringLiteral("+91") + text);
}

ValidationResult Validators::email(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return ValidationResult::invalid(Validators::tr("Enter the email address"));
    }
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
                       "[A-Za-z0-9])?)*\\.[A-Za-z]{2,}")));
    if (!pattern.match(text).hasMatch() || text.contains(QStringLiteral(".."))) {
        return ValidationResult::invalid(Validators::tr("This is not an email address, like name@example.com"));
    }
    const qsizetype at = text.indexOf(u'@');
    return ValidationResult::ok(text.left(at) + text.mid(at).toLower());
}

ValidationResult Validators::bankAccountNumber(const QString& input)
{
    const QString text = compact(input);
    if (text.isEmpty()) {
        return ValidationResult::invalid(Validators::tr("Enter the account number"));
    }
    if (!allDigits(text)) {
        return ValidationResult::invalid(Validators::tr("An account number has only digits"));
    }
    if (text.size() < 9 || text.size() > 18) {
        return ValidationResult::invalid(
            Validators::tr("An account number has 9 to 18 digits; this has %1").arg(text.size()));
    }
    return ValidationResult::ok(text);
}

QString Validators::maskAccountNumber(const QString& accountNumber)
{
    const QString digits = compact(accountNumber);
    if (digits.size() <= 4) {
        return QString(digits.size(), u'X');
    }
    return QString(digits.size() - 4, u'X') + digits.right(4);
}

QString Validators::maskMobile(const QString& mobile)
{
    const ValidationResult checked = Validators::mobile(mobile);
    if (!checked.valid) {
        return QString(compact(mobile).size(), u'X');
    }
    const QString digits = checked.normalized.mid(3);
    return QStringLiteral("+91 ") + digits.left(2) + QString(6, u'X') + digits.right(2);
}

} // namespace Crego::Core
