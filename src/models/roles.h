// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Crego::Models {

//! Custom item roles shared by every model: raw values for sorting and filtering, ids for actions.
enum Role {
    RawValueRole = Qt::UserRole + 1, //!< the unformatted value (paise as qint64, days as int, QDateTime)
    IdRole, //!< the record's id
    DpdBucketRole, //!< Core::DpdBucket::Value of a row's DPD
};

} // namespace Crego::Models
