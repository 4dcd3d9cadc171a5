// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicant.h"
#include "fielderrors.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Crego::Widgets {

//! One record type's fields inside a RecordFormDialog: reads and fills them as a JSON record (the wire
//! names), checks them with the record's rules, and shows each field's reason right under it.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    //! The form's values, normalised where a rule says how (what a save sends).
    virtual QJsonObject values() const = 0;
    virtual void setValues(const QJsonObject& values) = 0;
    //! Every reason the values cannot be saved yet, by field; normalises \a values in place.
    virtual Core::FieldErrors check(QJsonObject& values) const = 0;
    //! "New Applicant", "Applicant Asha Rao".
    virtual QString title(const QJsonObject& original) const = 0;

    //! Marks every field of \a errors with its reason and clears the others; errors of fields the form
    //! does not show are returned (for the top of the dialog).
    Core::FieldErrors showErrors(const Core::FieldErrors& errors);
    //! The input of field \a key, or nullptr.
    QWidget* input(const QString& key) const;
    //! The reason shown under field \a key (empty when it is fine).
    QString errorText(const QString& key) const;

Q_SIGNALS:
    //! The user changed a field.
    void edited();

protected:
    //! Declares that \a input edits field \a key: a reason label goes under it in its form layout, and
    //! editing it emits edited().
    void addField(const QString& key, QWidget* input);
    //! The lead's applicants to choose from (whose account or address this is), the primary one marked.
    static void addApplicants(QComboBox* combo, const QList<Core::Applicant>& applicants);
    //! Codes (PAN, GSTIN, IFSC) turn upper-case as they are typed.
    static void upperCaseAsTyped(QLineEdit* edit);

private:
    struct Field
    {
        QWidget* input;
        QLabel* error;
    };
    QHash<QString, Field> m_fields;
};

} // namespace Crego::Widgets
