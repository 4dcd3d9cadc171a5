// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Models {

//! The kinds of a lead's records that the page edits or deletes.
enum class RecordKind { Applicant, BankAccount, Address, Document };

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
    case RecordKind::Document:
        return QStringLiteral("document");
    }
    return QString();
}

inline RecordKind recordKindFromKey(const QString& key)
{
    if (key == u"bank") {
        return RecordKind::BankAccount;
    }
    if (key == u"document") {
        return RecordKind::Document;
    }
    return key == u"address" ? RecordKind::Address : RecordKind::Applicant;
}

} // namespace Crego::Models
