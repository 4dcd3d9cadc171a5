// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Crego::Widgets {

void RecordForm::addField(const QString& key, QWidget* input)
{
    auto* error = new QLabel(this);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setWordWrap(false); // a wrapped label in a form row gets one line of height and is cut
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->hide();
    // The reason goes in a row of its own right under the field, in the field column.
    auto* form = findChild<QFormLayout*>();
    int row = -1;
    QFormLayout::ItemRole role {};
    if (form) {
        form->getWidgetPosition(input, &row, &role);
        if (row < 0) { // a field inside a row layout (IFSC and its button)
            for (int r = 0; r < form->rowCount() && row < 0; ++r) {
                QLayoutItem* item = form->itemAt(r, QFormLayout::FieldRole);
                if (item && item->layout() && item->layout()->indexOf(input) >= 0) {
                    row = r;
                }
            }
        }
    }
    if (row >= 0) {
        form->insertRow(row + 1, QString(), error);
    }
    m_fields.insert(key, { input, error });
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        connect(edit, &QLineEdit::textEdited, this, &RecordForm::edited);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::activated, this, &RecordForm::edited);
    }
}

void RecordForm::addApplicants(QComboBox* combo, const QList<Core::Applicant>& applicants)
{
    for (const Core::Applicant& applicant : applicants) {
        combo->addItem(applicant.isPrimary ? tr("%1 (primary)").arg(applicant.name) : applicant.name, applicant.id);
    }
}

void RecordForm::upperCaseAsTyped(QLineEdit* edit)
{
    connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
        if (text != text.toUpper()) {
            const int cursor = edit->cursorPosition();
            edit->setText(text.toUpper());
            edit->setCursorPosition(cursor);
        }
    });
}

Core::FieldErrors RecordForm::showErrors(const Core::FieldErrors& errors)
{
    Core::FieldErrors elsewhere = errors;
    for (auto field = m_fields.cbegin(); field != m_fields.cend(); ++field) {
        const QString reason = elsewhere.take(field.key());
        field->error->setText(reason);
        field->error->setVisible(!reason.isEmpty());
        field->input->setAccessibleDescription(reason);
        field->input->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b3261e;"));
    }
    return elsewhere;
}

QWidget* RecordForm::input(const QString& key) const
{
    return m_fields.value(key).input;
}

QString RecordForm::errorText(const QString& key) const
{
    const Field field = m_fields.value(key, { nullptr, nullptr });
    return field.error && field.error->isVisibleTo(this) ? field.error->text() : QString();
}

} // namespace Crego::Widgets
