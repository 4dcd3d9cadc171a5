// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QDateTime>
#include <QJsonObject>

namespace Crego::Models {

//! One unsaved form: whose connection and lead it belongs to, the record as the server last sent it
//! (empty for a new one) and what the user had typed.
struct Draft
{
    QString id; //!< stable per profile and record: a new record's form gets its own
    QString profile; //!< ConnectionProfile::key()
    RecordKind kind = RecordKind::Applicant;
    QString leadId;
    QString title; //!< "Applicant Asha Rao", for the restore offer
    QJsonObject original;
    QJsonObject values;
    QDateTime savedAt;

    QJsonObject toJson() const;
    static Draft fromJson(const QJsonObject& json);
};

} // namespace Crego::Models
