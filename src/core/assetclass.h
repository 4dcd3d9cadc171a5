// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Core {

//! Asset classification codes: STD (standard, including SMA), SUB (sub-standard), DBT (doubtful), LOSS.
class AssetClass
{
public:
    enum Value { Standard, SubStandard, Doubtful, Loss, Unknown };

    //! Reads the server's npa_category ("STD", "SUB", "DBT", "D1", "LOSS", "SMA-1", ...).
    static Value fromCode(const QString& code);
    static QString label(Value value);
    static bool isNonPerforming(Value value) { return value == SubStandard || value == Doubtful || value == Loss; }
};

} // namespace Crego::Core
