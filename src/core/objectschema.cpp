// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectschema.h"

namespace Crego::Core {

int ObjectSchemaBase::indexOf(std::string_view key, int previous) const
{
    const size_t next = size_t(previous + 1);
    if (next < m_fields.size() && key == m_fields[next].key) {
        return int(next);
    }
    const auto found = m_index.find(key);
    return found == m_index.end() ? -1 : found->second;
}

QJsonObject ObjectSchemaBase::encode(const void* record) const
{
    const JsonRecord& base = m_constRecordBase(record);
    QJsonObject object = base.unknownFields;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const Field& field = m_fields[i];
        const bool decoded = (base.decodedFields >> i) & 1U;
        if (field.presence == Presence::Required || decoded || field.isSet(record)) {
            object.insert(QLatin1String(field.key), field.write(record));
        }
    }
    return object;
}

void ObjectSchemaBase::addField(Field field)
{
    Q_ASSERT_X(m_fields.size() < 64, "ObjectSchema", "JsonRecord::decodedFields holds 64 fields");
    // Keys are string literals, so the views stay valid however the vector moves.
    m_index.emplace(std::string_view(field.key), int(m_fields.size()));
    m_fields.push_back(std::move(field));
}

} // namespace Crego::Core
