// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceaccount.h"

#include "jsoncodec.h"

namespace Crego::Core {

const ObjectSchema<ServiceAccount>& ServiceAccount::jsonSchema()
{
    static const ObjectSchema<ServiceAccount> schema = [] {
        using S = ServiceAccount;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<S> s;
        s.field("id", &S::id, optional)
            .field("lead", &S::lead, optional)
            .field("service", &S::service, optional)
            .field("account_id", &S::accountId, optional)
            .field("status", &S::status, optional)
            .field("created_at", &S::createdAt, optional)
            .field("updated_at", &S::updatedAt, optional);
        return s;
    }();
    return schema;
}
bool ServiceAccount::decodeList(
    const QByteArray& json, QList<ServiceAccount>& out, QList<JsonError>& skipped, JsonError& error)
{
    Page<ServiceAccount> page;
    if (JsonCodec::decodePage(json, page, error)) {
        out = std::move(page.items);
        skipped = std::move(page.skipped);
        return true;
    }
    QList<ServiceAccount> keyed;
    JsonError keyedError;
    const bool read = JsonDocumentReader::read(
        json,
        [&keyed](JsonReader& root) {
            return root.kind() == JsonReader::Kind::Object
                && root.readFields([&keyed](std::string_view key, JsonReader& value) {
                       if (value.isNull()) {
                           return true; // a service the lead has no account with
                       }
                       ServiceAccount account;
                       if (!JsonField<ServiceAccount>::read(value, account)) {
                           return false;
                       }
                       if (account.service.isEmpty()) {
                           account.service = QString::fromUtf8(key.data(), qsizetype(key.size()));
                       }
                       keyed.append(std::move(account));
                       return true;
                   });
        },
        keyedError);
    if (!read) {
        return false; // the list's own error says more
    }
    out = std::move(keyed);
    skipped.clear();
    return true;
}

} // namespace Crego::Core
