// SPDX-License-Identifier: GPL-3.0-or-later
// Every validator of a typed field: PAN, IFSC, pincode, mobile, e-mail, account number, GSTIN, Aadhaar.
#include "fuzzinput.h"

#include "aadhaarvalidator.h"
#include "gstinvalidator.h"
#include "validators.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Core;
    const QString text = Crego::Fuzz::FuzzInput(data, size).text();
    for (const ValidationResult& result : { Validators::pan(text), Validators::ifsc(text), Validators::pincode(text),
             Validators::mobile(text), Validators::email(text), Validators::bankAccountNumber(text),
             GstinValidator::validate(text), AadhaarValidator::validate(text) }) {
        // A valid value is accepted again as it was normalised.
        if (result.valid && result.normalized.isEmpty() && !text.trimmed().isEmpty()) {
            __builtin_trap();
        }
    }
    (void)Validators::maskMobile(text);
    (void)AadhaarValidator::mask(text);
    (void)GstinValidator::crossCheckPan(text, text.left(10));
    return 0;
}
