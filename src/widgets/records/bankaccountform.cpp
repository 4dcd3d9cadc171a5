// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccountform.h"

#include "ui_bankaccountform.h"

#include "bankaccountrules.h"
#include "cregoclient.h"
#include "ifscdirectory.h"
#include "session.h"
#include "validators.h"

namespace Crego::Widgets {

namespace {
const QString ConfirmKey = QStringLiteral("account_number_confirmation");
} // namespace

BankAccountForm::BankAccountForm(Api::Session* session, const QList<Core::Applicant>& applicants, QWidget* parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::BankAccountForm>())
    , m_session(session)
{
    m_ui->setupUi(this);
    addApplicants(m_ui->applicantCombo, applicants);
    for (const QString& type : Core::BankAccountRules::accountTypes()) {
        m_ui->typeCombo->addItem(Core::BankAccountRules::accountTypeName(type), type);
    }
    addField(QStringLiteral("applicant"), m_ui->applicantCombo);
    addField(QStringLiteral("account_holder_name"), m_ui->holderEdit);
    addField(QStringLiteral("account_number"), m_ui->accountEdit);
    addField(ConfirmKey, m_ui->confirmEdit);
    addField(QStringLiteral("account_type"), m_ui->typeCombo);
    addField(QStringLiteral("ifsc"), m_ui->ifscEdit);
    addField(QStringLiteral("bank_name"), m_ui->bankEdit);
    addField(QStringLiteral("branch"), m_ui->branchEdit);
    m_ui->locationLabel->setText(tr("Filled from the IFSC"));
    upperCaseAsTyped(m_ui->ifscEdit);
    connect(m_ui->ifscButton, &QPushButton::clicked, this, &BankAccountForm::lookUpIfsc);
    connect(m_ui->ifscEdit, &QLineEdit::textEdited, this, &BankAccountForm::ifscEdited);
    for (QLineEdit* typed : { m_ui->bankEdit, m_ui->branchEdit }) {
        connect(typed, &QLineEdit::textEdited, this, [this] { m_bankTyped = true; });
    }
}

BankAccountForm::~BankAccountForm() = default;

void BankAccountForm::ifscEdited()
{
    const Core::ValidationResult checked = Core::IfscDirectory::instance().check(m_ui->ifscEdit->text());
    m_ui->ifscButton->setEnabled(checked.valid);
    if (checked.valid && checked.normalized != m_lookedUp) {
        lookUpIfsc(); // as soon as it is a real branch: no round trip for a typo
    }
}

void BankAccountForm::lookUpIfsc()
{
    const Core::ValidationResult checked = Core::IfscDirectory::instance().check(m_ui->ifscEdit->text());
    if (!checked.valid) {
        return;
    }
    if (m_lookup) {
        m_lookup->cancel();
    }
    m_lookedUp = checked.normalized;
    m_ui->locationLabel->setText(tr("Looking up %1…").arg(checked.normalized));
    m_lookup = m_session->client()->ifscDetails(
        checked.normalized, this, [this](const Api::ApiResult<Core::IfscDetails>& result) {
            if (!result.ok()) {
                m_ui->locationLabel->setText(
                    tr("No details for this IFSC: %1 You can type the bank and branch yourself.")
                        .arg(result.error().message()));
                return;
            }
            const Core::IfscDetails& details = result.value();
            if (!m_bankTyped) {
                m_ui->bankEdit->setText(details.bank);
                m_ui->branchEdit->setText(details.branch);
                Q_EMIT edited();
            }
            m_ui->locationLabel->setText(
                QStringList { details.city, details.district, details.state }.join(QStringLiteral(", ")));
        });
}

QJsonObject BankAccountForm::values() const
{
    const auto digits = [](const QString& text) {
        QString compact = text;
        return compact.remove(u' ').remove(u'-');
    };
    return {
        { QStringLiteral("applicant"), m_ui->applicantCombo->currentData().toString() },
        { QStringLiteral("account_holder_name"), m_ui->holderEdit->text().trimmed() },
        { QStringLiteral("account_number"), digits(m_ui->accountEdit->text()) },
        { ConfirmKey, digits(m_ui->confirmEdit->text()) },
        { QStringLiteral("account_type"), m_ui->typeCombo->currentData().toString() },
        { QStringLiteral("ifsc"), m_ui->ifscEdit->text().trimmed().toUpper() },
        { QStringLiteral("bank_name"), m_ui->bankEdit->text().trimmed() },
        { QStringLiteral("branch"), m_ui->branchEdit->text().trimmed() },
    };
}

void BankAccountForm::setValues(const QJsonObject& values)
{
    const auto text = [&values](const QString& key) { return values.value(key).toString(); };
    const int applicant = m_ui->applicantCombo->findData(text(QStringLiteral("applicant")));
    m_ui->applicantCombo->setCurrentIndex(applicant >= 0 ? applicant : 0);
    m_ui->holderEdit->setText(text(QStringLiteral("account_holder_name")));
    m_ui->accountEdit->setText(text(QStringLiteral("account_number")));
    // A saved account's number needs no second typing; a draft brings back what was typed.
    m_ui->confirmEdit->setText(values.contains(ConfirmKey) ? text(ConfirmKey) : text(QStringLiteral("account_number")));
    const int type = m_ui->typeCombo->findData(text(QStringLiteral("account_type")));
    m_ui->typeCombo->setCurrentIndex(type >= 0 ? type : 0);
    m_ui->ifscEdit->setText(text(QStringLiteral("ifsc")));
    m_ui->bankEdit->setText(text(QStringLiteral("bank_name")));
    m_ui->branchEdit->setText(text(QStringLiteral("branch")));
    m_bankTyped = !text(QStringLiteral("bank_name")).isEmpty();
    m_lookedUp = text(QStringLiteral("ifsc"));
    m_ui->ifscButton->setEnabled(Core::IfscDirectory::instance().check(m_lookedUp).valid);
}

Core::FieldErrors BankAccountForm::check(QJsonObject& values) const
{
    const QString confirmation = values.take(ConfirmKey).toString();
    Core::FieldErrors errors = Core::BankAccountRules::check(values);
    if (values.value(QStringLiteral("applicant")).toString().isEmpty()) {
        errors.insert(QStringLiteral("applicant"), tr("Add an applicant first: every account belongs to one"));
    }
    if (!errors.contains(QStringLiteral("account_number"))
        && confirmation != values.value(QStringLiteral("account_number")).toString()) {
        errors.insert(ConfirmKey,
            confirmation.isEmpty() ? tr("Type the account number again") : tr("The two account numbers differ"));
    }
    return errors;
}

QString BankAccountForm::title(const QJsonObject& original) const
{
    const QString number = original.value(QStringLiteral("account_number")).toString();
    return number.isEmpty() ? tr("New Bank Account")
                            : tr("Bank Account %1").arg(Core::Validators::maskAccountNumber(number));
}

} // namespace Crego::Widgets
