// SPDX-License-Identifier: GPL-3.0-or-later
#include "createleaddialog.h"

#include "ui_createleaddialog.h"

#include "cregoclient.h"
#include "session.h"
#include "validators.h"

#include <QPushButton>

namespace Crego::Widgets {

namespace {

using Core::ValidationResult;

ValidationResult optional(const QString& text, ValidationResult (*check)(const QString&))
{
    return text.trimmed().isEmpty() ? ValidationResult::ok(QString()) : check(text);
}

ValidationResult applicantName(const QString& text)
{
    return text.trimmed().size() >= 2
        ? ValidationResult::ok(text.trimmed())
        : ValidationResult::invalid(CreateLeadDialog::tr("Enter the applicant's full name"));
}

} // namespace

CreateLeadDialog::CreateLeadDialog(
    Api::Session* session, const QList<QPair<QString, QString>>& programs, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateLeadDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    for (const auto& [id, name] : programs) {
        m_ui->programEdit->addItem(name, id);
    }
    m_ui->programEdit->setCurrentIndex(programs.isEmpty() ? -1 : 0);
    m_ui->entityTypeEdit->addItem(tr("Individual"), QStringLiteral("individual"));
    m_ui->entityTypeEdit->addItem(tr("Proprietorship"), QStringLiteral("proprietorship"));
    m_ui->entityTypeEdit->addItem(tr("Partnership"), QStringLiteral("partnership"));
    m_ui->entityTypeEdit->addItem(tr("Company"), QStringLiteral("company"));
    m_ui->primaryMobileEdit->setPlaceholderText(tr("98765 43210"));
    m_ui->panEdit->setPlaceholderText(tr("ABCPE1234F"));
    m_ui->emailEdit->setPlaceholderText(tr("name@example.com"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create Lead"));

    for (QLineEdit* edit : { m_ui->primaryMobileEdit, m_ui->applicantNameEdit, m_ui->applicantMobileEdit,
             m_ui->emailEdit, m_ui->panEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &CreateLeadDialog::validate);
    }
    connect(m_ui->programEdit, &QComboBox::currentTextChanged, this, &CreateLeadDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateLeadDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CreateLeadDialog::~CreateLeadDialog() = default;

void CreateLeadDialog::setFieldError(QLabel* label, const QString& reason)
{
    // The reason is in words, not only in colour.
    label->setText(reason.isEmpty() ? QString() : QStringLiteral("✖ ") + reason);
    label->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void CreateLeadDialog::validate()
{
    const auto show = [this](QLabel* label, const ValidationResult& result, const QString& typed) {
        // An empty optional field is fine; an empty required one is only pointed out once typed into.
        setFieldError(label, result.valid || typed.isEmpty() ? QString() : result.reason);
        return result.valid;
    };
    bool valid = true;
    const QString programText = m_ui->programEdit->currentText().trimmed();
    setFieldError(m_ui->programError, programText.isEmpty() ? tr("Choose a program") : QString());
    valid = !programText.isEmpty();
    valid = show(m_ui->primaryMobileError, Core::Validators::mobile(m_ui->primaryMobileEdit->text()),
                m_ui->primaryMobileEdit->text())
        && valid;
    valid = show(m_ui->applicantNameError, applicantName(m_ui->applicantNameEdit->text()),
                m_ui->applicantNameEdit->text())
        && valid;
    valid = show(m_ui->applicantMobileError, optional(m_ui->applicantMobileEdit->text(), &Core::Validators::mobile),
                m_ui->applicantMobileEdit->text())
        && valid;
    valid = show(m_ui->emailError, optional(m_ui->emailEdit->text(), &Core::Validators::email), m_ui->emailEdit->text())
        && valid;
    valid
        = show(m_ui->panError, optional(m_ui->panEdit->text(), &Core::Validators::pan), m_ui->panEdit->text()) && valid;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_call);
}

Core::Lead CreateLeadDialog::lead() const
{
    Core::Lead lead;
    const int index = m_ui->programEdit->currentIndex();
    const bool typed = index < 0 || m_ui->programEdit->currentText() != m_ui->programEdit->itemText(index);
    lead.programId = typed ? m_ui->programEdit->currentText().trimmed() : m_ui->programEdit->itemData(index).toString();
    lead.primaryMobile = Core::Validators::mobile(m_ui->primaryMobileEdit->text()).normalized.mid(3);
    Core::Applicant applicant;
    applicant.name = m_ui->applicantNameEdit->text().trimmed();
    applicant.isPrimary = true;
    applicant.applicantType = QStringLiteral("applicant");
    applicant.entityType = m_ui->entityTypeEdit->currentData().toString();
    applicant.mobile = optional(m_ui->applicantMobileEdit->text(), &Core::Validators::mobile).normalized;
    applicant.email = optional(m_ui->emailEdit->text(), &Core::Validators::email).normalized;
    applicant.pan = optional(m_ui->panEdit->text(), &Core::Validators::pan).normalized;
    lead.applicants = { applicant };
    return lead;
}

void CreateLeadDialog::submit()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    m_ui->serverError->setText(tr("Creating the lead…"));
    m_call = m_session->client()->createLead(lead(), this, [this](const Api::ApiResult<Core::Lead>& result) {
        m_call = nullptr;
        if (result.ok()) {
            Q_EMIT leadCreated(result.value());
            accept();
            return;
        }
        validate(); // first: it clears the marks the server's reasons replace
        showServerErrors(result.error());
    });
    validate();
}

QLabel* CreateLeadDialog::labelForField(const QString& path) const
{
    static const QList<QPair<QString, QLabel * Ui::CreateLeadDialog::*>> fields {
        { QStringLiteral("program_id"), &Ui::CreateLeadDialog::programError },
        { QStringLiteral("primary_mobile"), &Ui::CreateLeadDialog::primaryMobileError },
        { QStringLiteral("applicants[0].name"), &Ui::CreateLeadDialog::applicantNameError },
        { QStringLiteral("applicants[0].mobile"), &Ui::CreateLeadDialog::applicantMobileError },
        { QStringLiteral("applicants[0].email"), &Ui::CreateLeadDialog::emailError },
        { QStringLiteral("applicants[0].pan"), &Ui::CreateLeadDialog::panError },
    };
    for (const auto& [field, label] : fields) {
        if (field == path) {
            return (*m_ui).*label;
        }
    }
    return nullptr;
}

void CreateLeadDialog::showServerErrors(const Api::ApiError& error)
{
    QStringList unplaced;
    for (auto it = error.fieldErrors().constBegin(); it != error.fieldErrors().constEnd(); ++it) {
        if (QLabel* label = labelForField(it.key())) {
            setFieldError(label, it.value().join(u' '));
        } else {
            unplaced.append(it.key() + QStringLiteral(": ") + it.value().join(u' '));
        }
    }
    const QString general = error.fieldErrors().isEmpty() ? error.message() : unplaced.join(u'\n');
    m_ui->serverError->setText(general.isEmpty() ? QString() : tr("The lead was not created. %1").arg(general));
    m_ui->serverError->setStyleSheet(general.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

} // namespace Crego::Widgets
