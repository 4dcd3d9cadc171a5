// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonfield.h"

namespace Crego::Core {

//! A number the server sends as a string (`"holdback_rate": "0"`); a plain number is accepted too.
struct NumericString
{
    double value = 0;
};

template<> struct JsonField<NumericString>
{
    static bool read(JsonReader& reader, NumericString& value)
    {
        QByteArrayView text;
        if (!reader.readNumberText(text, true)) {
            return false;
        }
        bool ok = false;
        value.value = text.toByteArray().trimmed().toDouble(&ok);
        return ok
            || reader.fail(QCoreApplication::translate("JsonField", "\"%1\" is not a number")
                               .arg(QString::fromUtf8(text.data(), text.size())));
    }
    static QJsonValue write(const NumericString& value) { return QString::number(value.value); }
    static bool isSet(const NumericString& value) { return value.value != 0; }
};

} // namespace Crego::Core
