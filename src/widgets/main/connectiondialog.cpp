// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "ui_connectiondialog.h"

#include "connectiontest.h"
#include "moneyformatter.h"

#include <QPushButton>

namespace Crego::Widgets {

using Api::ConnectionProfile;

ConnectionDialog::ConnectionDialog(const std::optional<ConnectionProfile>& sandbox, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_sandbox(sandbox)
{
    m_ui->setupUi(this);
    if (m_sandbox) {
        m_ui->profileEdit->addItem(tr("Sandbox (built in)"), int(ConnectionProfile::Kind::Sandbox));
    }
    m_ui->profileEdit->addItem(tr("Crego preprod"), int(ConnectionProfile::Kind::Preprod));
    m_ui->profileEdit->addItem(tr("Custom server"), int(ConnectionProfile::Kind::Custom));
    m_ui->reasonLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_ui->profileEdit, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFields);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateFields);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setReason(const QString& reason)
{
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
}

void ConnectionDialog::setCurrent(const ConnectionProfile& profile, const QString& token)
{
    m_ui->profileEdit->setCurrentIndex(m_ui->profileEdit->findData(int(profile.kind())));
    if (profile.kind() == ConnectionProfile::Kind::Custom) {
        m_ui->urlEdit->setText(profile.baseUrl().toString());
    }
    m_ui->tokenEdit->setText(token);
    updateFields();
}

std::optional<ConnectionProfile> ConnectionDialog::profile() const
{
    switch (ConnectionProfile::Kind(m_ui->profileEdit->currentData().toInt())) {
    case ConnectionProfile::Kind::Sandbox:
        return m_sandbox;
    case ConnectionProfile::Kind::Preprod:
        return ConnectionProfile::preprod();
    case ConnectionProfile::Kind::Custom:
        break;
    }
    const QUrl url = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    if (!ConnectionProfile::checkUrl(url).isEmpty()) {
        return std::nullopt;
    }
    return ConnectionProfile::custom(url);
}

QString ConnectionDialog::token() const
{
    return m_ui->tokenEdit->text().trimmed();
}

void ConnectionDialog::updateFields()
{
    const auto kind = ConnectionProfile::Kind(m_ui->profileEdit->currentData().toInt());
    const bool custom = kind == ConnectionProfile::Kind::Custom;
    m_ui->urlEdit->setEnabled(custom);
    if (!custom) {
        const std::optional<ConnectionProfile> chosen = profile();
        m_ui->urlEdit->setText(chosen ? chosen->baseUrl().toString() : QString());
    }
    const QString problem
        = custom ? ConnectionProfile::checkUrl(QUrl::fromUserInput(m_ui->urlEdit->text().trimmed())) : QString();
    m_ui->testResult->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_ui->testButton->setEnabled(problem.isEmpty());
}

void ConnectionDialog::testConnection()
{
    const std::optional<ConnectionProfile> chosen = profile();
    if (!chosen) {
        return;
    }
    m_ui->testResult->setText(tr("Testing…"));
    m_ui->testButton->setEnabled(false);
    auto* test = new Api::ConnectionTest(*chosen, token(), this);
    connect(test, &Api::ConnectionTest::finished, this,
        [this, test](Api::ConnectionTest::Outcome outcome, const Api::ApiError& error, qint64 visibleLeads) {
            switch (outcome) {
            case Api::ConnectionTest::Outcome::Unreachable:
                m_ui->testResult->setText(tr("The server did not answer: %1").arg(error.message()));
                break;
            case Api::ConnectionTest::Outcome::Refused:
                m_ui->testResult->setText(tr("The server answered, but: %1").arg(error.message()));
                break;
            case Api::ConnectionTest::Outcome::Connected:
                m_ui->testResult->setText(
                    tr("Connected: the server answered and accepted the token; %1 leads are visible.")
                        .arg(Core::MoneyFormatter::groupDigits(visibleLeads)));
                break;
            }
            m_ui->testButton->setEnabled(true);
            test->deleteLater();
        });
    test->start();
}

void ConnectionDialog::done(int result)
{
    if (result == QDialog::Accepted && token().isEmpty()) {
        m_ui->testResult->setText(tr("Enter the access token."));
        return;
    }
    QDialog::done(result);
}

} // namespace Crego::Widgets
