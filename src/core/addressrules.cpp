// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressrules.h"

#include "validators.h"

#include <QRegularExpression>

namespace Crego::Core {

namespace {

//! Letters of any script, digits, spaces and the punctuation Indian addresses use.
bool addressCharacters(const QString& text)
{
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[\\p{L}\\p{M}\\p{N} ,./#&()'\\-:;]*")));
    return allowed.match(text).hasMatch();
}

} // namespace

QStringList AddressRules::addressTypes()
{
    return { QStringLiteral("current"), QStringLiteral("permanent"), QStringLiteral("office"),
        QStringLiteral("registered") };
}

QString AddressRules::addressTypeName(const QString& addressType)
{
    if (addressType == u"current") {
        return tr("Current");
    }
    if (addressType == u"permanent") {
        return tr("Permanent");
    }
    if (addressType == u"office") {
        return tr("Office");
    }
    if (addressType == u"registered") {
        return tr("Registered office");
    }
    return addressType;
}

QStringList AddressRules::states()
{
    return { QStringLiteral("Andhra Pradesh"), QStringLiteral("Arunachal Pradesh"), QStringLiteral("Assam"),
        QStringLiteral("Bihar"), QStringLiteral("Chhattisgarh"), QStringLiteral("Goa"), QStringLiteral("Gujarat"),
        QStringLiteral("Haryana"), QStringLiteral("Himachal Pradesh"), QStringLiteral("Jharkhand"),
        QStringLiteral("Karnataka"), QStringLiteral("Kerala"), QStringLiteral("Madhya Pradesh"),
        QStringLiteral("Maharashtra"), QStringLiteral("Manipur"), QStringLiteral("Meghalaya"),
        QStringLiteral("Mizoram"), QStringLiteral("Nagaland"), QStringLiteral("Odisha"), QStringLiteral("Punjab"),
        QStringLiteral("Rajasthan"), QStringLiteral("Sikkim"), QStringLiteral("Tamil Nadu"),
        QStringLiteral("Telangana"), QStringLiteral("Tripura"), QStringLiteral("Uttar Pradesh"),
        QStringLiteral("Uttarakhand"), QStringLiteral("West Bengal"),
        // Union territories
        QStringLiteral("Andaman and Nicobar Islands"), QStringLiteral("Chandigarh"),
        QStringLiteral("Dadra and Nagar Haveli and Daman and Diu"), QStringLiteral("Delhi"),
        QStringLiteral("Jammu and Kashmir"), QStringLiteral("Ladakh"), QStringLiteral("Lakshadweep"),
        QStringLiteral("Puducherry") };
}

FieldErrors AddressRules::check(QJsonObject& address)
{
    FieldErrors errors;
    const auto text = [&address](const char* key) { return address.value(QLatin1String(key)).toString().trimmed(); };
    const auto line = [&](const char* key, int minimum, int maximum, const QString& missing) {
        const QString value = text(key);
        if (value.isEmpty()) {
            if (minimum > 0) {
                errors.insert(QLatin1String(key), missing);
            }
        } else if (value.size() < minimum || value.size() > maximum) {
            errors.insert(QLatin1String(key), tr("Use %1 to %2 characters").arg(minimum).arg(maximum));
        } else if (!addressCharacters(value)) {
            errors.insert(QLatin1String(key), tr("Use letters, digits, spaces and , . / # & ( ) ' - only"));
        } else {
            address.insert(QLatin1String(key), value);
        }
    };
    const QString type = text("address_type");
    if (!type.isEmpty() && !addressTypes().contains(type)) {
        errors.insert(QStringLiteral("address_type"),
            tr("\"%1\" is not an address type; use one of %2").arg(type, addressTypes().join(QStringLiteral(", "))));
    }
    line("address_line", 5, 200, tr("Enter the house or building and street"));
    line("address_line_2", 0, 200, QString());
    line("landmark", 0, 100, QString());
    line("post_office", 0, 100, QString());
    line("city", 2, 60, tr("Enter the city or town"));
    line("district", 0, 60, QString());
    const ValidationResult pincode = Validators::pincode(text("pincode"));
    if (pincode.valid) {
        address.insert(QStringLiteral("pincode"), pincode.normalized);
    } else {
        errors.insert(QStringLiteral("pincode"), pincode.reason);
    }
    const QString state = text("state");
    if (state.isEmpty()) {
        errors.insert(QStringLiteral("state"), tr("Choose the state or union territory"));
    } else if (!states().contains(state)) {
        errors.insert(
            QStringLiteral("state"), tr("\"%1\" is not one of India's states or union territories").arg(state));
    }
    const QString country = text("country");
    if (!country.isEmpty() && country != u"India") {
        errors.insert(QStringLiteral("country"), tr("Only addresses in India can be kept"));
    }
    return errors;
}

} // namespace Crego::Core
