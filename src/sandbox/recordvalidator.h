// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "validationresult.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Crego::Sandbox {

//! The sandbox's business rules for what clients send, using the same validators as the app. Each check
//! normalises valid values in place (upper-case PAN, +91 mobile) and returns DRF-style field errors.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)

public:
    static QJsonObject applicant(QJsonObject& applicant);
    static QJsonObject bank(QJsonObject& bank);
    static QJsonObject address(QJsonObject& address);
    //! The lead's own fields (primary mobile); applicants and program are checked by the caller.
    static QJsonObject lead(QJsonObject& lead);

    //! DRF's shape: each field's messages in a list; the empty key becomes `non_field_errors`.
    static QJsonObject fromFieldErrors(const Core::FieldErrors& errors);

private:
    using Check = Core::ValidationResult (*)(const QString&);
    static void check(QJsonObject& record, QJsonObject& errors, const QString& field, Check validate, bool required);
    static void requireText(
        const QJsonObject& record, QJsonObject& errors, const QString& field, int minLength, int maxLength);
};

} // namespace Crego::Sandbox
