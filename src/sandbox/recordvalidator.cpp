// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordvalidator.h"

#include "addressrules.h"
#include "applicantrules.h"
#include "bankaccountrules.h"
#include "referencedata.h"
#include "validators.h"

#include <QJsonArray>

namespace Crego::Sandbox {

using Core::Validators;

namespace {

void addError(QJsonObject& errors, const QString& field, const QString& message)
{
    QJsonArray messages = errors.value(field).toArray();
    messages.append(message);
    errors.insert(field, messages);
}

} // namespace

void RecordValidator::check(
    QJsonObject& record, QJsonObject& errors, const QString& field, Check validate, bool required)
{
    const QString value = record.value(field).toString();
    if (value.trimmed().isEmpty()) {
        if (required) {
            addError(errors, field, tr("This field is required."));
        }
        return;
    }
    const Core::ValidationResult result = validate(value);
    if (!result.valid) {
        addError(errors, field, result.reason);
        return;
    }
    record.insert(field, result.normalized);
}

void RecordValidator::requireText(
    const QJsonObject& record, QJsonObject& errors, const QString& field, int minLength, int maxLength)
{
    const QString value = record.value(field).toString().trimmed();
    if (value.isEmpty()) {
        addError(errors, field, tr("This field is required."));
    } else if (value.size() < minLength || value.size() > maxLength) {
        addError(errors, field, tr("Use %1 to %2 characters.").arg(minLength).arg(maxLength));
    }
}

QJsonObject RecordValidator::fromFieldErrors(const Core::FieldErrors& errors)
{
    QJsonObject drf;
    for (auto error = errors.cbegin(); error != errors.cend(); ++error) {
        addError(drf, error.key().isEmpty() ? QStringLiteral("non_field_errors") : error.key(), error.value());
    }
    return drf;
}

QJsonObject RecordValidator::applicant(QJsonObject& applicant)
{
    QJsonObject errors = fromFieldErrors(Core::ApplicantRules::check(applicant));
    if (applicant.value(QStringLiteral("applicant_type")).toString().isEmpty()) {
        applicant.insert(QStringLiteral("applicant_type"),
            applicant.value(QStringLiteral("is_primary")).toBool() ? QStringLiteral("applicant")
                                                                   : QStringLiteral("CoApp"));
    }
    return errors;
}

QJsonObject RecordValidator::bank(QJsonObject& bank)
{
    return fromFieldErrors(Core::BankAccountRules::check(bank));
}

QJsonObject RecordValidator::address(QJsonObject& address)
{
    // Like the real server: what the pincode tells need not be sent.
    if (const std::optional<QJsonObject> place
        = ReferenceData::instance().pincode(address.value(QStringLiteral("pincode")).toString().trimmed())) {
        for (const QString& field : { QStringLiteral("city"), QStringLiteral("district"), QStringLiteral("state") }) {
            if (address.value(field).toString().trimmed().isEmpty()) {
                address.insert(field, place->value(field));
            }
        }
    }
    return fromFieldErrors(Core::AddressRules::check(address));
}

QJsonObject RecordValidator::lead(QJsonObject& lead)
{
    QJsonObject errors;
    check(lead, errors, QStringLiteral("primary_mobile"), &Validators::mobile, true);
    if (!errors.contains(QStringLiteral("primary_mobile"))) {
        // The documented field holds the 10 digits without +91.
        lead.insert(QStringLiteral("primary_mobile"), lead.value(QStringLiteral("primary_mobile")).toString().mid(3));
    }
    if (lead.value(QStringLiteral("program_id")).toString().isEmpty()) {
        addError(errors, QStringLiteral("program_id"), tr("This field is required."));
    }
    return errors;
}

} // namespace Crego::Sandbox
