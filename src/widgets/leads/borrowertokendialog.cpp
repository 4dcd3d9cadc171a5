// SPDX-License-Identifier: GPL-3.0-or-later
#include "borrowertokendialog.h"

#include "ui_borrowertokendialog.h"

#include "leaddetailloader.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>

namespace Crego::Widgets {

BorrowerTokenDialog::BorrowerTokenDialog(Models::LeadDetailLoader* loader, const QString& leadName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BorrowerTokenDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(560);
    m_ui->tokenEdit->setMinimumWidth(320);
    m_ui->explanationLabel->setText(
        tr("Issuing a token for %1. A borrower-facing app acts for this borrower with it until it expires. It is "
           "shown only here: copy it now, it is not kept anywhere.")
            .arg(leadName));
    m_ui->tokenEdit->setPlaceholderText(tr("Issuing…"));
    m_ui->copyButton->setEnabled(false);
    m_ui->showButton->setEnabled(false);
    connect(m_ui->showButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showButton->setText(shown ? tr("&Hide") : tr("&Show"));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &BorrowerTokenDialog::copy);
    connect(loader, &Models::LeadDetailLoader::borrowerTokenIssued, this,
        [this](const Core::TokenPair& token, const Api::ApiError& error) {
            m_ui->tokenEdit->setPlaceholderText(QString());
            if (error.isError()) {
                m_ui->expiryLabel->setText(tr("No token was issued: %1").arg(error.message()));
                return;
            }
            m_ui->tokenEdit->setText(token.access);
            m_ui->copyButton->setEnabled(true);
            m_ui->showButton->setEnabled(true);
            const QDateTime expiry = QDateTime::currentDateTime().addSecs(token.expiresIn);
            m_ui->expiryLabel->setText(token.expiresIn > 0 ? tr("Expires %1 (in %2 h %3 min).")
                                                                 .arg(QLocale().toString(expiry, QLocale::ShortFormat))
                                                                 .arg(token.expiresIn / 3600)
                                                                 .arg(token.expiresIn % 3600 / 60)
                                                           : tr("The server did not say when it expires."));
        });
    loader->issueBorrowerToken();
}

BorrowerTokenDialog::~BorrowerTokenDialog() = default;

QString BorrowerTokenDialog::token() const
{
    return m_ui->tokenEdit->text();
}

void BorrowerTokenDialog::copy()
{
    const QString token = m_ui->tokenEdit->text();
    auto* mime = new QMimeData;
    mime->setText(token);
    // Clipboard managers (Klipper, KeePassXC's convention) leave secrets out of their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_ui->expiryLabel->setText(m_ui->expiryLabel->text().section(u'\n', 0, 0) + u'\n'
        + tr("Copied. The clipboard is cleared in a minute if it still holds the token."));
    QTimer::singleShot(ClipboardClearMs, QGuiApplication::clipboard(), [token] {
        if (QGuiApplication::clipboard()->text() == token) {
            QGuiApplication::clipboard()->clear();
        }
    });
}

} // namespace Crego::Widgets
