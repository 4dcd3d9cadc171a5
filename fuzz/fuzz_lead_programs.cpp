// SPDX-License-Identifier: GPL-3.0-or-later
// A lead's programs with their credit lines (L1), and what the credit line tab computes from each line.
#include "fuzzinput.h"

#include "jsoncodec.h"
#include "leadprogram.h"
#include "linemetrics.h"
#include "linesummary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Core;
    const Crego::Fuzz::FuzzInput input(data, size);
    Page<LeadProgram> page;
    JsonError error;
    if (JsonCodec::decodePage(input.bytes, page, error)) {
        (void)LineSummary::fromPrograms(page.items);
        for (const LeadProgram& program : std::as_const(page.items)) {
            if (program.lineDetail) {
                const LineMetrics metrics = LineMetrics::compute(*program.lineDetail, QDateTime::currentDateTimeUtc());
                (void)metrics.expiryText();
                (void)metrics.utilizationPercent();
            }
        }
    }
    return 0;
}
