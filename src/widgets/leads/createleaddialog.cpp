// SPDX-License-Identifier: GPL-3.0-or-later
#include "createleaddialog.h"

#include "ui_createleaddialog.h"

#include "cregoclient.h"
#include "programcatalogue.h"
#include "session.h"
#include "validators.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

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

CreateLeadDialog::CreateLeadDialog(Api::Session* session, Models::ProgramCatalogue* programs, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateLeadDialog>())
    , m_session(session)
    , m_programs(programs)
{
    m_ui->setupUi(this);
    // Typing finds a program by any part of its name; only a program of the list can be chosen.
    m_ui->programEdit->setInsertPolicy(QComboBox::NoInsert);
    m_ui->programEdit->completer()->setFilterMode(Qt::MatchContains);
    m_ui->programEdit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->programEdit->lineEdit()->setPlaceholderText(tr("Type to find a program"));
    fillPrograms();
    connect(m_programs, &Models::ProgramCatalogue::changed, this, &CreateLeadDialog::fillPrograms);
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

void CreateLeadDialog::fillPrograms()
{
    const QString typed = m_ui->programEdit->currentText();
    const bool first = m_ui->programEdit->count() == 0;
    {
        const QSignalBlocker blocker(m_ui->programEdit);
        m_ui->programEdit->clear();
        for (const auto& [id, name] : m_programs->programs()) {
            m_ui->programEdit->addItem(name, id);
        }
        if (first) {
            m_ui->programEdit->setCurrentIndex(m_ui->programEdit->count() > 0 ? 0 : -1);
        } else {
            m_ui->programEdit->setCurrentIndex(m_ui->programEdit->findText(typed, Qt::MatchFixedString));
            m_ui->programEdit->setEditText(typed);
        }
    }
    validate();
}

QString CreateLeadDialog::programProblem() const
{
    const QString text = m_ui->programEdit->currentText().trimmed();
    if (m_programs->isEmpty()) {
        return tr("No programs are known for this connection yet: load the lead list (View → Refresh), then "
                  "try again.");
    }
    if (text.isEmpty()) {
        return tr("Choose a program");
    }
    if (m_programs->idOf(text).isEmpty()) {
        return tr("Choose a program from the list: “%1” is not one of this connection's programs.").arg(text);
    }
    return QString();
}

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
    const QString programProblemText = programProblem();
    // An empty program is pointed out once the user has typed into it; an unknown one at once.
    setFieldError(m_ui->programError,
        m_ui->programEdit->currentText().isEmpty() && !m_programs->isEmpty() ? QString() : programProblemText);
    valid = programProblemText.isEmpty();
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
    lead.programId = m_programs->idOf(m_ui->programEdit->currentText());
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
        if (it.key() == u"program_id") {
            // The server's words here are about its database ("Invalid pk … object does not exist").
            setFieldError(m_ui->programError,
                tr("The server does not offer the program “%1” (any more): choose another.")
                    .arg(m_ui->programEdit->currentText().trimmed()));
            m_ui->programError->setToolTip(tr("The server said: %1").arg(it.value().join(u' ')));
        } else if (QLabel* label = labelForField(it.key())) {
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
