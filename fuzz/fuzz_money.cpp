// SPDX-License-Identifier: GPL-3.0-or-later
// The money parser ("₹ 5,00,000.50", "1.25 cr", "50k"), and the formatter on whatever it accepts.
#include "fuzzinput.h"

#include "moneyformatter.h"
#include "moneyparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Core;
    const Crego::Fuzz::FuzzInput input(data, size);
    for (const MoneyParser::Sign sign : { MoneyParser::Sign::PositiveOnly, MoneyParser::Sign::AllowNegative }) {
        const MoneyParser::Result result = MoneyParser::parse(input.text(), sign);
        if (result.amount) {
            (void)MoneyFormatter::format(*result.amount);
            (void)MoneyFormatter::formatCompact(*result.amount);
            // What the formatter writes, the parser reads back as the same amount.
            const MoneyParser::Result again = MoneyParser::parse(MoneyFormatter::format(*result.amount), sign);
            if (!again.amount || *again.amount != *result.amount) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
