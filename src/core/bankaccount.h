// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include "timestamp.h"

#include <cmath>
#include <optional>

namespace Crego::Core {

//! `name_match` as servers send it: true / false, a share (0.93) or a percentage (93).
struct NameMatch
{
    std::optional<bool> matched;
    std::optional<int> percent;
};

template<> struct JsonField<NameMatch>
{
    static bool read(JsonReader& reader, NameMatch& value)
    {
        if (reader.kind() == JsonReader::Kind::Bool) {
            bool matched = false;
            const bool ok = reader.readBool(matched);
            value.matched = matched;
            return ok;
        }
        double share = 0;
        if (!reader.readDouble(share)) {
            return false;
        }
        value.percent = int(std::lround(share <= 1.0 ? share * 100.0 : share));
        return true;
    }
    static QJsonValue write(const NameMatch& value)
    {
        return value.percent ? QJsonValue(*value.percent) : value.matched ? QJsonValue(*value.matched) : QJsonValue();
    }
    static bool isSet(const NameMatch& value) { return value.matched || value.percent; }
};

//! An applicant's bank account, with its penny-drop verification state.
struct BankAccount : JsonRecord
{
    QString id;
    QString applicant;
    QString accountNumber;
    QString ifsc;
    QString accountHolderName;
    QString bankName;
    QString branch;
    QString accountType; //!< "savings", "current", "cash_credit", "overdraft"
    bool isPrimary = false;
    QString verificationStatus; //!< "unverified", "pending", "verified", "failed"
    QString nameAtBank; //!< the name the bank returned on verification
    int nameMatchScore = 0; //!< 0-100
    std::optional<bool> isVerified; //!< `is_verified`, where a server says it that way
    NameMatch nameMatch; //!< `name_match`, where a server says it that way
    Timestamp verifiedAt;
    Timestamp createdAt;
    Timestamp updatedAt;

    //! "verified", "failed", "pending", … from `verification_status`, else from `is_verified`; empty when
    //! the server said neither.
    QString verification() const;
    //! How well the name at the bank matches: a percentage where one was sent, else matched or not.
    std::optional<int> nameMatchPercent() const;
    std::optional<bool> nameMatched() const { return nameMatch.matched; }

    static const ObjectSchema<BankAccount>& jsonSchema();
};

} // namespace Crego::Core
