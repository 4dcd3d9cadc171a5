// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include <QCoreApplication>

#include <QString>

#include <optional>

namespace Crego::Core {

//! Reads an amount as a person types it: "500000", "5,00,000", "₹ 5,00,000.50", "5 lakh", "1.25 cr", "50k".
class MoneyParser
{
    Q_DECLARE_TR_FUNCTIONS(MoneyParser)

public:
    enum class Sign { PositiveOnly, AllowNegative };

    struct Result
    {
        std::optional<Money> amount;
        QString error; //!< translated reason when amount is empty
    };

    static Result parse(const QString& input, Sign sign = Sign::PositiveOnly);
};

} // namespace Crego::Core
