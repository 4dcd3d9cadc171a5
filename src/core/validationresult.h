// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Core {

//! The verdict on one typed value: valid with its normalised form, or invalid with a translated reason.
struct ValidationResult
{
    bool valid = false;
    QString normalized; //!< canonical form to store (upper case, +91 prefix, ...) when valid
    QString reason; //!< why it is invalid, for the user

    static ValidationResult ok(const QString& normalized) { return ValidationResult { true, normalized, QString() }; }
    static ValidationResult invalid(const QString& reason) { return ValidationResult { false, QString(), reason }; }
};

} // namespace Crego::Core
