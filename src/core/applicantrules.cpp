// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicantrules.h"

#include "aadhaarvalidator.h"
#include "gstinvalidator.h"
#include "validators.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Crego::Core {

namespace {

QString text(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toString().trimmed();
}

//! Runs \a validate on a non-empty field and stores its normalised value, or its reason in \a errors.
template<typename Validate>
void checkOptional(QJsonObject& record, FieldErrors& errors, const char* field, Validate validate)
{
    const QString value = text(record, field);
    if (value.isEmpty()) {
        return;
    }
    const ValidationResult result = validate(value);
    if (result.valid) {
        record.insert(QLatin1String(field), result.normalized);
    } else {
        errors.insert(QLatin1String(field), result.reason);
    }
}

} // namespace

QStringList ApplicantRules::entityTypes()
{
    return { QStringLiteral("individual"), QStringLiteral("proprietorship"), QStringLiteral("partnership"),
        QStringLiteral("llp"), QStringLiteral("company"), QStringLiteral("huf"), QStringLiteral("trust") };
}

QString ApplicantRules::entityTypeName(const QString& entityType)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("individual"), QT_TR_NOOP("Individual") },
        { QStringLiteral("proprietorship"), QT_TR_NOOP("Sole proprietorship") },
        { QStringLiteral("partnership"), QT_TR_NOOP("Partnership firm") },
        { QStringLiteral("llp"), QT_TR_NOOP("Limited liability partnership") },
        { QStringLiteral("company"), QT_TR_NOOP("Company") },
        { QStringLiteral("huf"), QT_TR_NOOP("Hindu undivided family") },
        { QStringLiteral("trust"), QT_TR_NOOP("Trust") },
    };
    const char* name = names.value(entityType);
    return name ? tr(name) : entityType;
}

QString ApplicantRules::panLetters(const QString& entityType)
{
    static const QHash<QString, QString> letters {
        { QStringLiteral("individual"), QStringLiteral("P") },
        { QStringLiteral("proprietorship"), QStringLiteral("P") }, // a proprietor's own PAN
        { QStringLiteral("partnership"), QStringLiteral("F") },
        { QStringLiteral("llp"), QStringLiteral("FE") },
        { QStringLiteral("company"), QStringLiteral("C") },
        { QStringLiteral("huf"), QStringLiteral("H") },
        { QStringLiteral("trust"), QStringLiteral("T") },
    };
    return letters.value(entityType);
}

QStringList ApplicantRules::genders()
{
    return { QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other") };
}

ValidationResult ApplicantRules::aadhaar(const QString& input)
{
    QString digits = input.trimmed().toUpper();
    digits.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    if (digits.startsWith(QStringLiteral("XXXXXXXX"))) {
        digits.remove(0, 8);
    }
    static const QRegularExpression lastFour(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}")));
    if (lastFour.match(digits).hasMatch()) {
        return ValidationResult::ok(AadhaarValidator::mask(digits));
    }
    if (digits.size() != 12) {
        return ValidationResult::invalid(tr("Enter the last four digits of the Aadhaar number (or all 12)"));
    }
    return AadhaarValidator::validate(digits);
}

FieldErrors ApplicantRules::check(QJsonObject& applicant, const QDate& today)
{
    FieldErrors errors;
    const QString name = text(applicant, "name");
    if (name.size() < 2 || name.size() > 120) {
        errors.insert(QStringLiteral("name"),
            name.isEmpty() ? tr("Enter the applicant's name") : tr("A name has 2 to 120 characters"));
    }
    const QString entityType = text(applicant, "entity_type");
    if (!entityType.isEmpty() && !entityTypes().contains(entityType)) {
        errors.insert(QStringLiteral("entity_type"),
            tr("\"%1\" is not an entity type; use one of %2")
                .arg(entityType, entityTypes().join(QStringLiteral(", "))));
    }
    checkOptional(applicant, errors, "pan", &Validators::pan);
    const QString pan = text(applicant, "pan");
    const QString letters = panLetters(entityType);
    if (!errors.contains(QStringLiteral("pan")) && !pan.isEmpty() && !letters.isEmpty()
        && !letters.contains(pan.at(3))) {
        errors.insert(QStringLiteral("pan"),
            tr("The 4th letter of this PAN is %1 (%2), but the applicant is: %3 (expected %4)")
                .arg(pan.at(3))
                .arg(Validators::panHolderType(pan.at(3)), entityTypeName(entityType),
                    QStringList(letters.begin(), letters.end()).join(tr(" or "))));
    }
    checkOptional(applicant, errors, "mobile", &Validators::mobile);
    checkOptional(applicant, errors, "email", &Validators::email);
    checkOptional(applicant, errors, "aadhaar_masked", &ApplicantRules::aadhaar);

    const QString gstin = text(applicant, "gstin");
    if (!gstin.isEmpty() && !isBusiness(entityType) && !entityType.isEmpty()) {
        errors.insert(QStringLiteral("gstin"), tr("Only a business has a GSTIN; clear it or change the entity type"));
    } else {
        checkOptional(applicant, errors, "gstin", &GstinValidator::validate);
        if (!errors.contains(QStringLiteral("gstin")) && !errors.contains(QStringLiteral("pan")) && !gstin.isEmpty()) {
            const QString mismatch = pan.isEmpty() ? tr("Enter the PAN too: a GSTIN carries its holder's PAN")
                                                   : GstinValidator::crossCheckPan(text(applicant, "gstin"), pan);
            if (!mismatch.isEmpty()) {
                errors.insert(QStringLiteral("gstin"), mismatch);
            }
        }
    }

    const QString dobText = text(applicant, "dob");
    if (!dobText.isEmpty()) {
        const QDate dob = QDate::fromString(dobText, Qt::ISODate);
        if (!dob.isValid()) {
            errors.insert(QStringLiteral("dob"), tr("Use a date like 1985-04-23"));
        } else if (dob > today) {
            errors.insert(QStringLiteral("dob"), tr("The date of birth is in the future"));
        } else if (!isBusiness(entityType)) {
            const int age = today.year() - dob.year() - (today < dob.addYears(today.year() - dob.year()) ? 1 : 0);
            if (age < 18 || age > 100) {
                errors.insert(QStringLiteral("dob"), tr("An applicant is 18 to 100 years old; this is %1").arg(age));
            }
        }
    }
    const QString gender = text(applicant, "gender");
    if (!gender.isEmpty() && !genders().contains(gender)) {
        errors.insert(QStringLiteral("gender"), tr("Use male, female or other"));
    }
    if (text(applicant, "relation_with_primary_applicant").size() > 60) {
        errors.insert(QStringLiteral("relation_with_primary_applicant"), tr("Use at most 60 characters"));
    }
    const QJsonValue tags = applicant.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isNull() && !tags.isArray()) {
        errors.insert(QStringLiteral("tags"), tr("Tags are a list of words"));
    }
    return errors;
}

} // namespace Crego::Core
