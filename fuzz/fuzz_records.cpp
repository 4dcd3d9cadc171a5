// SPDX-License-Identifier: GPL-3.0-or-later
// Every other record decoder: the first byte chooses the record ('0' applicant … '9' program, as in the
// seed corpus), the rest is its JSON (a page for lists).
#include "fuzzinput.h"

#include "address.h"
#include "applicant.h"
#include "bankaccount.h"
#include "document.h"
#include "healthstatus.h"
#include "ifscdetails.h"
#include "jsoncodec.h"
#include "pincodedetails.h"
#include "program.h"
#include "serviceaccount.h"
#include "tokenpair.h"

namespace {

template<typename Record> void decodeBoth(const QByteArray& json)
{
    using namespace Crego::Core;
    JsonError error;
    Page<Record> page;
    (void)JsonCodec::decodePage(json, page, error);
    Record record;
    (void)JsonCodec::decode(json, record, error);
}

template<typename Record> void decodeOne(const QByteArray& json)
{
    Crego::Core::JsonError error;
    Record record;
    (void)Crego::Core::JsonCodec::decode(json, record, error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Crego::Core;
    if (size == 0) {
        return 0;
    }
    const Crego::Fuzz::FuzzInput input(data + 1, size - 1);
    switch ((int(data[0]) - '0' + 260) % 10) { // the seeds start with the digit '0' … '9'

    case 0:
        decodeBoth<Applicant>(input.bytes);
        break;
    case 1:
        decodeBoth<BankAccount>(input.bytes);
        break;
    case 2:
        decodeBoth<Document>(input.bytes);
        break;
    case 3:
        decodeBoth<Address>(input.bytes);
        break;
    case 4: {
        QList<ServiceAccount> accounts;
        QList<JsonError> skipped;
        JsonError error;
        (void)ServiceAccount::decodeList(input.bytes, accounts, skipped, error);
        break;
    }
    case 5:
        decodeOne<HealthStatus>(input.bytes);
        break;
    case 6:
        decodeOne<IfscDetails>(input.bytes);
        break;
    case 7:
        decodeOne<PincodeDetails>(input.bytes);
        break;
    case 8:
        decodeOne<TokenPair>(input.bytes);
        break;
    default:
        decodeBoth<Program>(input.bytes);
        break;
    }
    return 0;
}
