// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordvalidator.h"

#include "gstinvalidator.h"
#include "validators.h"

#include <QJsonArray>

namespace Crego::Sandbox {

using Core::GstinValidator;
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

QJsonObject RecordValidator::applicant(QJsonObject& applicant)
{
    QJsonObject errors;
    requireText(applicant, errors, QStringLiteral("name"), 2, 120);
    check(applicant, errors, QStringLiteral("pan"), &Validators::pan, false);
    check(applicant, errors, QStringLiteral("mobile"), &Validators::mobile, false);
    check(applicant, errors, QStringLiteral("email"), &Validators::email, false);
    check(applicant, errors, QStringLiteral("gstin"), &GstinValidator::validate, false);
    const QString gstin = applicant.value(QStringLiteral("gstin")).toString();
    const QString pan = applicant.value(QStringLiteral("pan")).toString();
    if (!errors.contains(QStringLiteral("gstin")) && !errors.contains(QStringLiteral("pan")) && !gstin.isEmpty()
        && !pan.isEmpty()) {
        const QString mismatch = GstinValidator::crossCheckPan(gstin, pan);
        if (!mismatch.isEmpty()) {
            addError(errors, QStringLiteral("gstin"), mismatch);
        }
    }
    if (applicant.value(QStringLiteral("applicant_type")).toString().isEmpty()) {
        applicant.insert(QStringLiteral("applicant_type"),
            applicant.value(QStringLiteral("is_primary")).toBool() ? QStringLiteral("applicant")
                                                                   : QStringLiteral("CoApp"));
    }
    return errors;
}

QJsonObject RecordValidator::bank(QJsonObject& bank)
{
    QJsonObject errors;
    check(bank, errors, QStringLiteral("account_number"), &Validators::bankAccountNumber, true);
    check(bank, errors, QStringLiteral("ifsc"), &Validators::ifsc, true);
    const QString type = bank.value(QStringLiteral("account_type")).toString();
    static const QStringList types { QStringLiteral("savings"), QStringLiteral("current"),
        QStringLiteral("cash_credit"), QStringLiteral("overdraft") };
    if (!type.isEmpty() && !types.contains(type)) {
        addError(errors, QStringLiteral("account_type"),
            tr("\"%1\" is not a valid choice; use %2.").arg(type, types.join(QStringLiteral(", "))));
    }
    return errors;
}

QJsonObject RecordValidator::address(QJsonObject& address)
{
    QJsonObject errors;
    requireText(address, errors, QStringLiteral("address_line"), 5, 200);
    check(address, errors, QStringLiteral("pincode"), &Validators::pincode, true);
    const QString type = address.value(QStringLiteral("address_type")).toString();
    static const QStringList types { QStringLiteral("current"), QStringLiteral("permanent"), QStringLiteral("office"),
        QStringLiteral("registered"), QStringLiteral("warehouse") };
    if (!type.isEmpty() && !types.contains(type)) {
        addError(errors, QStringLiteral("address_type"),
            tr("\"%1\" is not a valid choice; use %2.").arg(type, types.join(QStringLiteral(", "))));
    }
    return errors;
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
