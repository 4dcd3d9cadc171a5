// SPDX-License-Identifier: GPL-3.0-or-later
// A lead's programs with their credit lines (L1), and what the credit line tab computes from each line;
// each input decoded whole and element by element (the list split in two halves at once), which must agree.
#include "fuzzinput.h"

#include "jsonarraysplitter.h"
#include "jsoncodec.h"
#include "jsondocumentreader.h"
#include "leadprogram.h"
#include "linemetrics.h"
#include "linesummary.h"

#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Core;
    const Crego::Fuzz::FuzzInput input(data, size);
    // The same bytes parsed whole and element by element (as a long list is) must decode alike.
    Page<LeadProgram> streamed;
    JsonError streamedError;
    JsonDocumentReader::setStreamingThreshold(0);
    JsonArraySplitter::setHalvingThreshold(0);
    const bool streamedOk = JsonCodec::decodePage(input.bytes, streamed, streamedError);
    JsonDocumentReader::setStreamingThreshold(std::numeric_limits<qsizetype>::max());
    Page<LeadProgram> page;
    JsonError error;
    const bool ok = JsonCodec::decodePage(input.bytes, page, error);
    // An element parsed alone may nest one level deeper than the parser's limit allows in a whole list.
    if (!error.message.contains(QLatin1String("nested")) && !streamedError.message.contains(QLatin1String("nested"))
        && (ok != streamedOk || error.unreadable != streamedError.unreadable
            || (ok
                && (page.items.size() != streamed.items.size() || page.skipped.size() != streamed.skipped.size())))) {
        qFatal("parsed whole: %s; element by element: %s", qPrintable(ok ? QStringLiteral("ok") : error.toString()),
            qPrintable(streamedOk ? QStringLiteral("ok") : streamedError.toString()));
    }
    if (ok) {
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
