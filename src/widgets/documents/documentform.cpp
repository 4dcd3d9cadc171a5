// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentform.h"

#include "documentrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Crego::Widgets {

DocumentForm::DocumentForm(const QList<Models::RelatedRecord>& related, QWidget* parent)
    : RecordForm(parent)
    , m_type(new QComboBox(this))
    , m_related(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_records(related)
{
    for (const QString& type : Core::DocumentRules::documentTypes()) {
        m_type->addItem(Core::DocumentRules::documentTypeName(type), type);
    }
    for (const Models::RelatedRecord& record : related) {
        m_related->addItem(record.label, record.id);
    }
    m_type->setObjectName(QStringLiteral("documentTypeCombo"));
    m_related->setObjectName(QStringLiteral("relatedCombo"));
    m_name->setObjectName(QStringLiteral("documentNameEdit"));
    m_notes->setObjectName(QStringLiteral("documentNotesEdit"));
    for (QComboBox* combo : { m_type, m_related }) {
        // Long bank-account labels must not squeeze the field labels out of a narrow form.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    m_name->setMaxLength(200);
    m_notes->setPlaceholderText(tr("Anything a colleague should know: which months, who sent it, what to check"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto row = [&](const QString& label, QWidget* input) {
        auto* text = new QLabel(label, this);
        text->setBuddy(input);
        layout->addRow(text, input);
    };
    row(tr("&Type:"), m_type);
    row(tr("&Belongs to:"), m_related);
    row(tr("&Name:"), m_name);
    row(tr("N&otes:"), m_notes);
    addField(QStringLiteral("document_type"), m_type);
    addField(QStringLiteral("related_model_id"), m_related);
    addField(QStringLiteral("name"), m_name);
    addField(QStringLiteral("notes"), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT edited();
        }
    });
}

QJsonObject DocumentForm::values() const
{
    const int related = m_related->currentIndex();
    return {
        { QStringLiteral("document_type"), m_type->currentData().toString() },
        { QStringLiteral("related_model"), related >= 0 ? m_records.at(related).model : QString() },
        { QStringLiteral("related_model_id"), related >= 0 ? m_records.at(related).id : QString() },
        { QStringLiteral("name"), m_name->text() },
        { QStringLiteral("notes"), m_notes->toPlainText() },
    };
}

void DocumentForm::setValues(const QJsonObject& values)
{
    const QString type = values.value(QStringLiteral("document_type")).toString();
    if (!type.isEmpty() && m_type->findData(type) < 0) {
        m_type->addItem(Core::DocumentRules::documentTypeName(type), type); // a type this app does not know
    }
    m_type->setCurrentIndex(m_type->findData(type));
    m_related->setCurrentIndex(m_related->findData(values.value(QStringLiteral("related_model_id")).toString()));
    m_name->setText(values.value(QStringLiteral("name")).toString());
    m_filling = true; // filling the notes is no edit
    m_notes->setPlainText(values.value(QStringLiteral("notes")).toString());
    m_filling = false;
}

Core::FieldErrors DocumentForm::check(QJsonObject& values) const
{
    return Core::DocumentRules::check(values);
}

QString DocumentForm::title(const QJsonObject& original) const
{
    return tr("Document %1").arg(original.value(QStringLiteral("name")).toString());
}

} // namespace Crego::Widgets
