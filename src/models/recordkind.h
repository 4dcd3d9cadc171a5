// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Models {

//! The kinds of a lead's records that have a form.
enum class RecordKind { Applicant, BankAccount, Address };

//! "applicant", "bank", "address": the name a draft file and a log line use.
inline QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Applicant:
        return QStringLiteral("applicant");
    case RecordKind::BankAccount:
        return QStringLiteral("bank");
    case RecordKind::Address:
        return QStringLiteral("address");
    }
    return QString();
}

inline RecordKind recordKindFromKey(const QString& key)
{
    if (key == u"bank") {
        return RecordKind::BankAccount;
    }
    return key == u"address" ? RecordKind::Address : RecordKind::Applicant;
}

} // namespace Crego::Models
