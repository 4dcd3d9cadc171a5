// SPDX-License-Identifier: GPL-3.0-or-later
#include "typetoconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crego::Widgets {

TypeToConfirmDialog::TypeToConfirmDialog(
    const QString& title, const QString& text, const QString& expected, const QString& action, QWidget* parent)
    : QDialog(parent)
    , m_expected(expected)
    , m_entry(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto* message = new QLabel(text, this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    auto* prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()), this);
    prompt->setBuddy(m_entry);
    m_entry->setObjectName(QStringLiteral("confirmEntry"));
    m_entry->setPlaceholderText(expected);
    m_entry->setAccessibleName(tr("Type %1 to confirm").arg(expected));
    QPushButton* confirm = m_buttons->addButton(action, QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setEnabled(false);
    confirm->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_entry, &QLineEdit::textChanged, this, [this, confirm] { confirm->setEnabled(matches()); });
    connect(confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(prompt);
    layout->addWidget(m_entry);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

bool TypeToConfirmDialog::matches() const
{
    return m_entry->text().trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
}

} // namespace Crego::Widgets
