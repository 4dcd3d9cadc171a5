// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordform.h"

#include "relatedrecord.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Crego::Widgets {

//! A document's details: its type, the record it belongs to (the lead, an applicant or a bank account), its
//! name and notes. Edits an uploaded document in a RecordFormDialog, and describes each file of an upload.
class DocumentForm final : public RecordForm
{
    Q_OBJECT

public:
    DocumentForm(const QList<Models::RelatedRecord>& related, QWidget* parent = nullptr);

    QJsonObject values() const override;
    void setValues(const QJsonObject& values) override;
    Core::FieldErrors check(QJsonObject& values) const override;
    QString title(const QJsonObject& original) const override;

private:
    QComboBox* m_type;
    QComboBox* m_related;
    QLineEdit* m_name;
    QPlainTextEdit* m_notes;
    QList<Models::RelatedRecord> m_records;
    bool m_filling = false; //!< setValues() is at work
};

} // namespace Crego::Widgets
