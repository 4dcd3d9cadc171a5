// SPDX-License-Identifier: GPL-3.0-or-later
// Lead list pages in all three envelopes (bare array, {count, results}, Omni) and a single lead.
#include "fuzzinput.h"

#include "jsoncodec.h"
#include "lead.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Core;
    const Crego::Fuzz::FuzzInput input(data, size);
    Page<Lead> page;
    JsonError error;
    if (JsonCodec::decodePage(input.bytes, page, error)) {
        for (const Lead& lead : std::as_const(page.items)) {
            (void)lead.displayName();
            (void)LineSummary::fromPrograms(lead.programs);
        }
    }
    Lead lead;
    (void)JsonCodec::decode(input.bytes, lead, error);
    return 0;
}
