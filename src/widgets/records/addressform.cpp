// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressform.h"

#include "ui_addressform.h"

#include "addressrules.h"
#include "cregoclient.h"
#include "session.h"
#include "validators.h"

#include <QFormLayout>
#include <QLabel>

namespace Crego::Widgets {

AddressForm::AddressForm(Api::Session* session, const QList<Core::Applicant>& applicants, QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::AddressForm>())
    , m_session(session)
    , m_lookup(new QLabel(this))
{
    m_ui->setupUi(this);
    addApplicants(m_ui->applicantCombo, applicants);
    for (const QString& type : Core::AddressRules::addressTypes()) {
        m_ui->typeCombo->addItem(Core::AddressRules::addressTypeName(type), type);
    }
    m_ui->stateCombo->addItem(tr("Choose…"), QString());
    for (const QString& state : Core::AddressRules::states()) {
        m_ui->stateCombo->addItem(state, state);
    }
    m_ui->stateCombo->insertSeparator(29); // the 28 states, then the union territories
    m_lookup->setObjectName(QStringLiteral("pincodeLookupLabel"));
    m_lookup->setWordWrap(true);
    int row = -1;
    QFormLayout::ItemRole role {};
    m_ui->formLayout->getWidgetPosition(m_ui->postOfficeCombo, &row, &role);
    m_ui->formLayout->insertRow(row, QString(), m_lookup);
    addField(QStringLiteral("applicant"), m_ui->applicantCombo);
    addField(QStringLiteral("address_type"), m_ui->typeCombo);
    addField(QStringLiteral("address_line"), m_ui->line1Edit);
    addField(QStringLiteral("address_line_2"), m_ui->line2Edit);
    addField(QStringLiteral("landmark"), m_ui->landmarkEdit);
    addField(QStringLiteral("pincode"), m_ui->pincodeEdit);
    addField(QStringLiteral("post_office"), m_ui->postOfficeCombo);
    addField(QStringLiteral("city"), m_ui->cityEdit);
    addField(QStringLiteral("district"), m_ui->districtEdit);
    addField(QStringLiteral("state"), m_ui->stateCombo);
    addField(QStringLiteral("country"), m_ui->countryEdit);
    connect(m_ui->postOfficeCombo, &QComboBox::editTextChanged, this, &RecordForm::edited);
    connect(m_ui->pincodeButton, &QPushButton::clicked, this, &AddressForm::lookUpPincode);
    connect(m_ui->pincodeEdit, &QLineEdit::textEdited, this, &AddressForm::pincodeEdited);
    connect(m_ui->cityEdit, &QLineEdit::textEdited, this, [this] { m_typed.insert(QStringLiteral("city")); });
    connect(m_ui->districtEdit, &QLineEdit::textEdited, this, [this] { m_typed.insert(QStringLiteral("district")); });
    connect(m_ui->stateCombo, &QComboBox::activated, this, [this] { m_typed.insert(QStringLiteral("state")); });
    m_ui->pincodeButton->setEnabled(false);
}

AddressForm::~AddressForm() = default;

QString AddressForm::lookupText() const
{
    return m_lookup->text();
}

void AddressForm::pincodeEdited()
{
    const Core::ValidationResult checked = Core::Validators::pincode(m_ui->pincodeEdit->text());
    m_ui->pincodeButton->setEnabled(checked.valid);
    if (checked.valid && checked.normalized != m_lookedUp) {
        lookUpPincode(); // as soon as the six digits are there
    }
}

void AddressForm::lookUpPincode()
{
    const Core::ValidationResult checked = Core::Validators::pincode(m_ui->pincodeEdit->text());
    if (!checked.valid) {
        return;
    }
    if (m_call) {
        m_call->cancel();
    }
    m_lookedUp = checked.normalized;
    m_lookup->setText(tr("Looking up %1…").arg(checked.normalized));
    m_call = m_session->client()->pincodeDetails(checked.normalized, this,
        [this, pincode = checked.normalized](const Api::ApiResult<Core::PincodeDetails>& result) {
            if (!result.ok()) {
                m_lookup->setText(result.error().band() == Api::ApiError::Band::NotFound
                        ? tr("India Post has no pincode %1: check it, or type the city, district and state yourself.")
                              .arg(pincode)
                        : tr("The pincode could not be looked up (%1). Type the city, district and state yourself.")
                              .arg(result.error().message()));
                return;
            }
            const Core::PincodeDetails& place = result.value();
            if (!m_typed.contains(QStringLiteral("city"))) {
                m_ui->cityEdit->setText(place.city);
            }
            if (!m_typed.contains(QStringLiteral("district"))) {
                m_ui->districtEdit->setText(place.district);
            }
            if (!m_typed.contains(QStringLiteral("state"))) {
                const int state = m_ui->stateCombo->findData(place.state);
                m_ui->stateCombo->setCurrentIndex(state >= 0 ? state : 0);
            }
            const QString chosen = m_ui->postOfficeCombo->currentText();
            m_ui->postOfficeCombo->clear();
            m_ui->postOfficeCombo->addItems(place.postOffices);
            // One office: that is it. Several: the user picks (a name typed before stays).
            m_ui->postOfficeCombo->setCurrentIndex(place.postOffices.size() == 1 ? 0 : -1);
            if (place.postOffices.size() > 1) {
                m_ui->postOfficeCombo->setEditText(place.postOffices.contains(chosen) ? chosen : QString());
                m_ui->postOfficeCombo->lineEdit()->setPlaceholderText(
                    tr("Choose one of %1 post offices").arg(place.postOffices.size()));
            }
            m_lookup->setText(place.postOffices.size() > 1 ? tr("%1, %2 · %3 post offices: choose one below")
                                                                 .arg(place.district, place.state)
                                                                 .arg(place.postOffices.size())
                                                           : tr("%1, %2").arg(place.district, place.state));
            Q_EMIT edited();
        });
}

QJsonObject AddressForm::values() const
{
    QString pincode = m_ui->pincodeEdit->text();
    pincode.remove(u' ');
    return {
        { QStringLiteral("applicant"), m_ui->applicantCombo->currentData().toString() },
        { QStringLiteral("address_type"), m_ui->typeCombo->currentData().toString() },
        { QStringLiteral("address_line"), m_ui->line1Edit->text().trimmed() },
        { QStringLiteral("address_line_2"), m_ui->line2Edit->text().trimmed() },
        { QStringLiteral("landmark"), m_ui->landmarkEdit->text().trimmed() },
        { QStringLiteral("pincode"), pincode },
        { QStringLiteral("post_office"), m_ui->postOfficeCombo->currentText().trimmed() },
        { QStringLiteral("city"), m_ui->cityEdit->text().trimmed() },
        { QStringLiteral("district"), m_ui->districtEdit->text().trimmed() },
        { QStringLiteral("state"), m_ui->stateCombo->currentData().toString() },
        { QStringLiteral("country"), QStringLiteral("India") },
    };
}

void AddressForm::setValues(const QJsonObject& values)
{
    const auto text = [&values](const char* key) { return values.value(QLatin1String(key)).toString(); };
    const int applicant = m_ui->applicantCombo->findData(text("applicant"));
    m_ui->applicantCombo->setCurrentIndex(applicant >= 0 ? applicant : 0);
    const int type = m_ui->typeCombo->findData(text("address_type"));
    m_ui->typeCombo->setCurrentIndex(type >= 0 ? type : 0);
    m_ui->line1Edit->setText(text("address_line"));
    m_ui->line2Edit->setText(text("address_line_2"));
    m_ui->landmarkEdit->setText(text("landmark"));
    m_ui->pincodeEdit->setText(text("pincode"));
    m_ui->postOfficeCombo->setEditText(text("post_office"));
    m_ui->cityEdit->setText(text("city"));
    m_ui->districtEdit->setText(text("district"));
    const int state = m_ui->stateCombo->findData(text("state"));
    m_ui->stateCombo->setCurrentIndex(state >= 0 ? state : 0);
    m_lookedUp = text("pincode");
    m_ui->pincodeButton->setEnabled(Core::Validators::pincode(m_lookedUp).valid);
    // What a saved or drafted record holds counts as chosen: a new look-up does not overwrite it.
    m_typed.clear();
    for (const char* key : { "city", "district", "state" }) {
        if (!text(key).isEmpty()) {
            m_typed.insert(QLatin1String(key));
        }
    }
}

Core::FieldErrors AddressForm::check(QJsonObject& values) const
{
    Core::FieldErrors errors = Core::AddressRules::check(values);
    if (values.value(QStringLiteral("applicant")).toString().isEmpty()) {
        errors.insert(QStringLiteral("applicant"), tr("Add an applicant first: every address belongs to one"));
    }
    return errors;
}

QString AddressForm::title(const QJsonObject& original) const
{
    const QString type = original.value(QStringLiteral("address_type")).toString();
    return original.value(QStringLiteral("id")).toString().isEmpty()
        ? tr("New Address")
        : tr("%1 Address, %2")
              .arg(Core::AddressRules::addressTypeName(type), original.value(QStringLiteral("pincode")).toString());
}

} // namespace Crego::Widgets
