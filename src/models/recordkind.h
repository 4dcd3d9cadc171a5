// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Models {

//! The kinds of a lead's records that have a form.
enum class RecordKind { Applicant, BankAccount };

//! "applicant", "bank": the name a draft file and a log line use.
inline QString recordKindKey(RecordKind kind)
{
    return kind == RecordKind::Applicant ? QStringLiteral("applicant") : QStringLiteral("bank");
}

inline RecordKind recordKindFromKey(const QString& key)
{
    return key == u"bank" ? RecordKind::BankAccount : RecordKind::Applicant;
}

} // namespace Crego::Models
