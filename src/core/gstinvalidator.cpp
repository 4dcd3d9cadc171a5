// SPDX-License-Identifier: GPL-3.0-or-later
#include "gstinvalidator.h"

#include "validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Crego::Core {

namespace {

const QString Base36 = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

const QHash<QString, QString>& stateNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("01"), QStringLiteral("Jammu and Kashmir") },
        { QStringLiteral("02"), QStringLiteral("Himachal Pradesh") },
        { QStringLiteral("03"), QStringLiteral("Punjab") },
        { QStringLiteral("04"), QStringLiteral("Chandigarh") },
        { QStringLiteral("05"), QStringLiteral("Uttarakhand") },
        { QStringLiteral("06"), QStringLiteral("Haryana") },
        { QStringLiteral("07"), QStringLiteral("Delhi") },
        { QStringLiteral("08"), QStringLiteral("Rajasthan") },
        { QStringLiteral("09"), QStringLiteral("Uttar Pradesh") },
        { QStringLiteral("10"), QStringLiteral("Bihar") },
        { QStringLiteral("11"), QStringLiteral("Sikkim") },
        { QStringLiteral("12"), QStringLiteral("Arunachal Pradesh") },
        { QStringLiteral("13"), QStringLiteral("Nagaland") },
        { QStringLiteral("14"), QStringLiteral("Manipur") },
        { QStringLiteral("15"), QStringLiteral("Mizoram") },
        { QStringLiteral("16"), QStringLiteral("Tripura") },
        { QStringLiteral("17"), QStringLiteral("Meghalaya") },
        { QStringLiteral("18"), QStringLiteral("Assam") },
        { QStringLiteral("19"), QStringLiteral("West Bengal") },
        { QStringLiteral("20"), QStringLiteral("Jharkhand") },
        { QStringLiteral("21"), QStringLiteral("Odisha") },
        { QStringLiteral("22"), QStringLiteral("Chhattisgarh") },
        { QStringLiteral("23"), QStringLiteral("Madhya Pradesh") },
        { QStringLiteral("24"), QStringLiteral("Gujarat") },
        { QStringLiteral("25"), QStringLiteral("Daman and Diu") },
        { QStringLiteral("26"), QStringLiteral("Dadra and Nagar Haveli and Daman and Diu") },
        { QStringLiteral("27"), QStringLiteral("Maharashtra") },
        { QStringLiteral("28"), QStringLiteral("Andhra Pradesh (before 2014)") },
        { QStringLiteral("29"), QStringLiteral("Karnataka") },
        { QStringLiteral("30"), QStringLiteral("Goa") },
        { QStringLiteral("31"), QStringLiteral("Lakshadweep") },
        { QStringLiteral("32"), QStringLiteral("Kerala") },
        { QStringLiteral("33"), QStringLiteral("Tamil Nadu") },
        { QStringLiteral("34"), QStringLiteral("Puducherry") },
        { QStringLiteral("35"), QStringLiteral("Andaman and Nicobar Islands") },
        { QStringLiteral("36"), QStringLiteral("Telangana") },
        { QStringLiteral("37"), QStringLiteral("Andhra Pradesh") },
        { QStringLiteral("38"), QStringLiteral("Ladakh") },
        { QStringLiteral("97"), QStringLiteral("Other Territory") },
        { QStringLiteral("99"), QStringLiteral("Centre Jurisdiction") },
    };
    return names;
}

} // namespace

QString GstinValidator::stateName(const QString& code)
{
    return stateNames().value(code);
}

QChar GstinValidator::checkCharacter(const QString& first14)
{
    int sum = 0;
    for (qsizetype i = 0; i < first14.size() && i < 14; ++i) {
        const int value = int(Base36.indexOf(first14.at(i)));
        const int product = value * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    return Base36.at((36 - sum % 36) % 36);
}

ValidationResult GstinValidator::validate(const QString& input)
{
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty()) {
        return ValidationResult::invalid(GstinValidator::tr("Enter the GSTIN"));
    }
    if (text.size() != 15) {
        return ValidationResult::invalid(GstinValidator::tr("A GSTIN has 15 characters; this has %1").arg(text.size()));
    }
    const QString stateCode = text.left(2);
    if (stateName(stateCode).isEmpty()) {
        return ValidationResult::invalid(
            GstinValidator::tr("A GSTIN starts with a state code such as 07 or 27; \"%1\" is not one").arg(stateCode));
    }
    const ValidationResult embeddedPan = Validators::pan(text.mid(2, 10));
    if (!embeddedPan.valid) {
        return ValidationResult::invalid(
            GstinValidator::tr("Characters 3 to 12 of a GSTIN are the holder's PAN: %1").arg(embeddedPan.reason));
    }
    static const QRegularExpression tail(QRegularExpression::anchoredPattern(QStringLiteral("[1-9A-Z]Z[0-9A-Z]")));
    if (!tail.match(text.right(3)).hasMatch()) {
        return ValidationResult::invalid(
            GstinValidator::tr("A GSTIN ends with the entity number (1-9 or A-Z), the letter Z and a check character"));
    }
    if (checkCharacter(text.left(14)) != text.at(14)) {
        return ValidationResult::invalid(
            GstinValidator::tr("The last character of this GSTIN does not match its check character; "
                               "look for a mistyped character"));
    }
    return ValidationResult::ok(text);
}

QString GstinValidator::crossCheckPan(const QString& gstin, const QString& pan)
{
    const QString embedded = gstin.trimmed().toUpper().mid(2, 10);
    if (embedded != pan.trimmed().toUpper()) {
        return GstinValidator::tr("The GSTIN carries PAN %1, not the applicant's PAN %2")
            .arg(embedded, pan.trimmed().toUpper());
    }
    return QString();
}

} // namespace Crego::Core
