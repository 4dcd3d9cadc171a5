// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"

#include <QStringList>

namespace Crego::Core {

QString Address::singleLine() const
{
    QStringList parts;
    for (const QString& part : { addressLine, addressLine2, city, state }) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    QString text = parts.join(QStringLiteral(", "));
    if (!pincode.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + pincode;
    }
    return text;
}

const ObjectSchema<Address>& Address::jsonSchema()
{
    static const ObjectSchema<Address> schema = [] {
        using A = Address;
        constexpr auto optional = Presence::Optional;
        ObjectSchema<A> s;
        s.field("id", &A::id, optional)
            .field("applicant", &A::applicant, optional)
            .field("address_type", &A::addressType, optional)
            .field("address_line", &A::addressLine)
            .field("address_line_2", &A::addressLine2, optional)
            .field("landmark", &A::landmark, optional)
            .field("post_office", &A::postOffice, optional)
            .field("city", &A::city, optional)
            .field("district", &A::district, optional)
            .field("state", &A::state, optional)
            .field("pincode", &A::pincode)
            .field("country", &A::country, optional)
            .field("created_at", &A::createdAt, optional)
            .field("updated_at", &A::updatedAt, optional);
        return s;
    }();
    return schema;
}
} // namespace Crego::Core
