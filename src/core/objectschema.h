// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonfield.h"
#include "jsonreader.h"
#include "jsonrecord.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace Crego::Core {

enum class Presence { Required, Optional };

//! The type-erased field table of one JSON object kind: decoding walks it, encoding writes it back.
class ObjectSchemaBase
{
public:
    struct Field
    {
        std::string_view key; //!< views a string literal
        Presence presence;
        //! Null reads as the empty default (text, flags, tags), not as a missing field: only figures can be
        //! missing, so that no figure is made up.
        bool nullIsEmpty;
        std::function<bool(void*, JsonReader&)> read;
        std::function<bool(const void*)> isSet; //!< holds something other than its default
        std::function<QJsonValue(const void*)> write;
    };

    //! Index of \a key. Servers keep a stable key order, so the field that followed \a previous last time
    //! is tried first (learned as payloads are read), then a hash look-up.
    int indexOf(std::string_view key, int previous) const;
    const Field& field(int index) const { return m_fields[size_t(index)]; }
    int fieldCount() const { return int(m_fields.size()); }
    //! Bit i set when field i is required.
    quint64 requiredFields() const { return m_requiredFields; }
    JsonRecord& recordBase(void* record) const { return m_recordBase(record); }
    QJsonObject encode(const void* record) const;

protected:
    void addField(Field field);

    JsonRecord& (*m_recordBase)(void*) = nullptr;
    const JsonRecord& (*m_constRecordBase)(const void*) = nullptr;

private:
    std::vector<Field> m_fields;
    quint64 m_requiredFields = 0;
    std::unordered_map<std::string_view, int> m_index;
    // m_follows[i + 1]: the field seen after field i last time (slot 0: the first field). Relaxed atomics
    // keep concurrent decoders on other threads well-defined; a stale guess only costs a hash look-up.
    mutable std::unique_ptr<std::atomic<int>[]> m_follows;
    int m_followsSize = 0;
};

//! The field table of record type \a Record, built once with field() calls in the record's jsonSchema().
template<typename Record> class ObjectSchema final : public ObjectSchemaBase
{
public:
    ObjectSchema()
    {
        m_recordBase = [](void* record) -> JsonRecord& { return *static_cast<Record*>(record); };
        m_constRecordBase = [](const void* record) -> const JsonRecord& { return *static_cast<const Record*>(record); };
    }

    template<typename Member>
    ObjectSchema& field(const char* key, Member Record::*member, Presence presence = Presence::Required)
    {
        addField(Field {
            key,
            presence,
            std::is_same_v<Member, QString> || std::is_same_v<Member, QStringList> || std::is_same_v<Member, bool>,
            [member](void* record, JsonReader& reader) {
                return JsonField<Member>::read(reader, static_cast<Record*>(record)->*member);
            },
            [member](
                const void* record) { return JsonField<Member>::isSet(static_cast<const Record*>(record)->*member); },
            [member](
                const void* record) { return JsonField<Member>::write(static_cast<const Record*>(record)->*member); },
        });
        return *this;
    }

    QJsonObject encode(const Record& record) const { return ObjectSchemaBase::encode(&record); }
};

//! JSON mapping of any record type that declares `static const ObjectSchema<T>& jsonSchema()`.
template<typename T> struct JsonField<T, std::void_t<decltype(T::jsonSchema())>>
{
    static bool read(JsonReader& reader, T& value) { return reader.readObject(T::jsonSchema(), &value); }
    static QJsonValue write(const T& value) { return T::jsonSchema().encode(value); }
    static bool isSet(const T&) { return true; }
};

} // namespace Crego::Core
