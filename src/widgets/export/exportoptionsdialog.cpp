// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptionsdialog.h"

#include "messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crego::Widgets {

ExportOptionsDialog::ExportOptionsDialog(const QString& title, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_options(new QVBoxLayout)
{
    setObjectName(QStringLiteral("exportOptionsDialog"));
    setWindowTitle(title);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("exportIntro"));
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(m_options);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QCheckBox* ExportOptionsDialog::addOption(const QString& key, const QString& text, const QString& detail)
{
    auto* box = new QCheckBox(text, this);
    box->setObjectName(key);
    m_options->addWidget(box);
    if (!detail.isEmpty()) {
        auto* label = new QLabel(detail, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(24, 0, 0, 6); // under the box's text
        box->setToolTip(detail);
        m_options->addWidget(label);
    }
    m_boxes.insert(key, box);
    return box;
}

void ExportOptionsDialog::confirmOption(const QString& key, const QString& question)
{
    QCheckBox* box = m_boxes.value(key);
    if (!box) {
        return;
    }
    connect(box, &QCheckBox::toggled, this, [this, box, question](bool ticked) {
        if (!ticked) {
            return;
        }
        const QMessageBox::StandardButton answer
            = MessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            box->setChecked(false);
        }
    });
}

QStringList ExportOptionsDialog::chosen() const
{
    QStringList keys;
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it) {
        if (it.value()->isChecked()) {
            keys.append(it.key());
        }
    }
    return keys;
}

std::optional<QStringList> ExportOptionsDialog::ask()
{
    if (s_nextChoice) {
        const QStringList keys = *s_nextChoice;
        s_nextChoice.reset();
        return keys;
    }
    if (exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return chosen();
}

} // namespace Crego::Widgets
