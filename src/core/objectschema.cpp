// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectschema.h"

#include <algorithm>
#include <cstring>

namespace Crego::Core {

namespace {

//! \a key == \a schemaKey, inline for the short keys of JSON objects: a call to memcmp for each field
//! read cost a tenth of a decode.
bool sameKey(std::string_view key, std::string_view schemaKey)
{
    const size_t size = key.size();
    if (size != schemaKey.size()) {
        return false;
    }
    if (size < 8) {
        for (size_t i = 0; i < size; ++i) {
            if (key[i] != schemaKey[i]) {
                return false;
            }
        }
        return true;
    }
    // The first and the last eight bytes cover keys of up to 16 bytes; longer keys compare the rest.
    quint64 keyHead = 0;
    quint64 schemaHead = 0;
    quint64 keyTail = 0;
    quint64 schemaTail = 0;
    std::memcpy(&keyHead, key.data(), 8);
    std::memcpy(&schemaHead, schemaKey.data(), 8);
    std::memcpy(&keyTail, key.data() + size - 8, 8);
    std::memcpy(&schemaTail, schemaKey.data() + size - 8, 8);
    if (keyHead != schemaHead || keyTail != schemaTail) {
        return false;
    }
    return size <= 16 || std::memcmp(key.data() + 8, schemaKey.data() + 8, size - 16) == 0;
}

} // namespace

int ObjectSchemaBase::indexOf(std::string_view key, int previous) const
{
    std::atomic<int>& guess = m_follows[size_t(previous + 1)];
    const int expected = guess.load(std::memory_order_relaxed);
    if (expected >= 0 && sameKey(key, m_fields[size_t(expected)].key)) {
        return expected;
    }
    auto found = m_index.find(key);
    if (found == m_index.end() && key.size() <= 64) {
        // Keys in another case ("BANK", "Branch"): schemas spell theirs in lower case.
        char lower[64];
        std::transform(
            key.begin(), key.end(), lower, [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        found = m_index.find(std::string_view(lower, key.size()));
    }
    const int index = found == m_index.end() ? -1 : found->second;
    if (index >= 0) {
        guess.store(index, std::memory_order_relaxed);
    }
    return index;
}

QJsonObject ObjectSchemaBase::encode(const void* record) const
{
    const JsonRecord& base = m_constRecordBase(record);
    QJsonObject object = base.unknownFields;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const Field& field = m_fields[i];
        const bool decoded = (base.decodedFields >> i) & 1U;
        if (field.presence == Presence::Required || decoded || field.isSet(record)) {
            object.insert(QLatin1String(field.key.data(), qsizetype(field.key.size())), field.write(record));
        }
    }
    return object;
}

void ObjectSchemaBase::addField(Field field)
{
    Q_ASSERT_X(m_fields.size() < 64, "ObjectSchema", "JsonRecord::decodedFields holds 64 fields");
    // Keys are string literals, so the views stay valid however the vector moves.
    m_index.emplace(field.key, int(m_fields.size()));
    if (field.presence == Presence::Required) {
        m_requiredFields |= quint64(1) << m_fields.size();
    }
    m_fields.push_back(std::move(field));
    // Start from declaration order: field i is expected after field i - 1.
    m_followsSize = int(m_fields.size()) + 1;
    m_follows.reset(new std::atomic<int>[size_t(m_followsSize)]);
    for (int i = 0; i < m_followsSize; ++i) {
        m_follows[size_t(i)].store(i < int(m_fields.size()) ? i : -1, std::memory_order_relaxed);
    }
}

} // namespace Crego::Core
