// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's multipart/form-data parser: the first line is the Content-Type header, the rest the body.
#include "fuzzinput.h"

#include "multipartparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Crego::Fuzz::FuzzInput input(data, size);
    const qsizetype newline = input.bytes.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input.bytes : input.bytes.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.bytes.mid(newline + 1);
    (void)Crego::Sandbox::MultipartParser::boundaryOf(contentType);
    (void)Crego::Sandbox::MultipartParser::parse(contentType, body);
    return 0;
}
