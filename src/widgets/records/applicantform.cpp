// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicantform.h"

#include "ui_applicantform.h"

#include "applicantrules.h"

#include <QJsonArray>

namespace Crego::Widgets {

namespace {

const QString DisplayDate = QStringLiteral("dd/MM/yyyy");

//! "23/04/1985" (or "1985-04-23") as an ISO date; the text itself when it is not a date.
QJsonValue isoDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QJsonValue::Null;
    }
    QDate date = QDate::fromString(trimmed, DisplayDate);
    if (!date.isValid()) {
        date = QDate::fromString(trimmed, Qt::ISODate);
    }
    return date.isValid() ? date.toString(Qt::ISODate) : trimmed;
}

} // namespace

ApplicantForm::ApplicantForm(QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::ApplicantForm>())
{
    m_ui->setupUi(this);
    for (const QString& type : Core::ApplicantRules::entityTypes()) {
        m_ui->entityTypeCombo->addItem(Core::ApplicantRules::entityTypeName(type), type);
    }
    m_ui->genderCombo->addItem(tr("Not stated"), QString());
    m_ui->genderCombo->addItem(tr("Male"), QStringLiteral("male"));
    m_ui->genderCombo->addItem(tr("Female"), QStringLiteral("female"));
    m_ui->genderCombo->addItem(tr("Other"), QStringLiteral("other"));
    addField(QStringLiteral("entity_type"), m_ui->entityTypeCombo);
    addField(QStringLiteral("name"), m_ui->nameEdit);
    addField(QStringLiteral("relation_with_primary_applicant"), m_ui->relationEdit);
    addField(QStringLiteral("mobile"), m_ui->mobileEdit);
    addField(QStringLiteral("email"), m_ui->emailEdit);
    addField(QStringLiteral("pan"), m_ui->panEdit);
    addField(QStringLiteral("dob"), m_ui->dobEdit);
    addField(QStringLiteral("gender"), m_ui->genderCombo);
    addField(QStringLiteral("gstin"), m_ui->gstinEdit);
    addField(QStringLiteral("aadhaar_masked"), m_ui->aadhaarEdit);
    addField(QStringLiteral("tags"), m_ui->tagsEdit);
    upperCaseAsTyped(m_ui->panEdit);
    upperCaseAsTyped(m_ui->gstinEdit);
    connect(m_ui->entityTypeCombo, &QComboBox::currentIndexChanged, this, &ApplicantForm::showEntityType);
    showEntityType();
}

ApplicantForm::~ApplicantForm() = default;

void ApplicantForm::showEntityType()
{
    const bool business = Core::ApplicantRules::isBusiness(m_ui->entityTypeCombo->currentData().toString());
    m_ui->gstinEdit->setEnabled(business || !m_ui->gstinEdit->text().isEmpty());
    m_ui->dobEditLabel->setText(business ? tr("Date of &incorporation:") : tr("Date of &birth:"));
}

QJsonObject ApplicantForm::values() const
{
    QJsonArray tags;
    for (const QString& tag : m_ui->tagsEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            tags.append(tag.trimmed());
        }
    }
    return {
        { QStringLiteral("entity_type"), m_ui->entityTypeCombo->currentData().toString() },
        { QStringLiteral("name"), m_ui->nameEdit->text().trimmed() },
        { QStringLiteral("relation_with_primary_applicant"), m_ui->relationEdit->text().trimmed() },
        { QStringLiteral("mobile"), m_ui->mobileEdit->text().trimmed() },
        { QStringLiteral("email"), m_ui->emailEdit->text().trimmed() },
        { QStringLiteral("pan"), m_ui->panEdit->text().trimmed().toUpper() },
        { QStringLiteral("dob"), isoDate(m_ui->dobEdit->text()) },
        { QStringLiteral("gender"), m_ui->genderCombo->currentData().toString() },
        { QStringLiteral("gstin"), m_ui->gstinEdit->text().trimmed().toUpper() },
        { QStringLiteral("aadhaar_masked"), m_ui->aadhaarEdit->text().trimmed() },
        { QStringLiteral("tags"), tags },
    };
}

void ApplicantForm::setValues(const QJsonObject& values)
{
    const auto text = [&values](const char* key) { return values.value(QLatin1String(key)).toString(); };
    const int type = m_ui->entityTypeCombo->findData(text("entity_type"));
    m_ui->entityTypeCombo->setCurrentIndex(type >= 0 ? type : 0);
    m_ui->nameEdit->setText(text("name"));
    m_ui->relationEdit->setText(text("relation_with_primary_applicant"));
    m_ui->mobileEdit->setText(text("mobile"));
    m_ui->emailEdit->setText(text("email"));
    m_ui->panEdit->setText(text("pan"));
    const QDate dob = QDate::fromString(text("dob"), Qt::ISODate);
    m_ui->dobEdit->setText(dob.isValid() ? dob.toString(DisplayDate) : text("dob"));
    const int gender = m_ui->genderCombo->findData(text("gender"));
    m_ui->genderCombo->setCurrentIndex(gender >= 0 ? gender : 0);
    m_ui->gstinEdit->setText(text("gstin"));
    m_ui->aadhaarEdit->setText(text("aadhaar_masked"));
    QStringList tags;
    for (const QJsonValue& tag : values.value(QStringLiteral("tags")).toArray()) {
        tags.append(tag.isObject() ? tag[QStringLiteral("name")].toString() : tag.toString());
    }
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
    showEntityType();
}

Core::FieldErrors ApplicantForm::check(QJsonObject& values) const
{
    Core::FieldErrors errors = Core::ApplicantRules::check(values);
    if (errors.contains(QStringLiteral("dob"))
        && !QDate::fromString(values.value(QStringLiteral("dob")).toString(), Qt::ISODate).isValid()) {
        errors.insert(QStringLiteral("dob"), tr("Use a date like 23/04/1985"));
    }
    return errors;
}

QString ApplicantForm::title(const QJsonObject& original) const
{
    const QString name = original.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? tr("New Applicant") : tr("Applicant %1").arg(name);
}

} // namespace Crego::Widgets
