// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's request-body reader: a JSON object or a 400 that says why, and the type checks it runs
// through the core's decoders for each record a client may send.
#include "fuzzinput.h"

#include "address.h"
#include "applicant.h"
#include "bankaccount.h"
#include "lead.h"
#include "requestbody.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Sandbox;
    const Crego::Fuzz::FuzzInput input(data, size);
    SandboxRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/crm/leads/");
    request.contentType = "application/json";
    request.body = input.bytes;
    SandboxResponse error;
    const std::optional<QJsonObject> body = RequestBody::object(request, error);
    if (body) {
        (void)RequestBody::typeErrors<Crego::Core::Lead>(*body);
        (void)RequestBody::typeErrors<Crego::Core::Applicant>(*body);
        (void)RequestBody::typeErrors<Crego::Core::BankAccount>(*body);
        (void)RequestBody::typeErrors<Crego::Core::Address>(*body);
    }
    return 0;
}
