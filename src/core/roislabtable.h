// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonrecord.h"
#include "objectschema.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

#include <optional>

namespace Crego::Core {

//! The upper day of a slab as sent by the server: a number of days, or "inf" for an open-ended slab.
struct SlabDayLimit
{
    std::optional<int> days; //!< nullopt means "inf"
};

//! One slab as sent by the server: `{"value": 14, "days": "inf"}`.
struct RoiSlab : JsonRecord
{
    double value = 0; //!< rate in % per roi_period
    SlabDayLimit days;

    static const ObjectSchema<RoiSlab>& jsonSchema();
};

//! One slab as a reviewer reads it: from day, to day (or open-ended), rate.
struct RoiSlabRow
{
    int fromDay = 0;
    std::optional<int> toDay; //!< nullopt: no upper bound
    double ratePercent = 0;
};

//! An ordered table of rate slabs by days outstanding; rejects unordered or overlapping slabs.
class RoiSlabTable
{
    Q_DECLARE_TR_FUNCTIONS(RoiSlabTable)

public:
    RoiSlabTable() = default;
    //! Returns an empty string when \a slabs form a valid table, otherwise the reason.
    static QString validate(const QList<RoiSlab>& slabs);
    //! A table from slabs that passed validate().
    static RoiSlabTable fromValidSlabs(QList<RoiSlab> slabs);

    const QList<RoiSlab>& slabs() const { return m_slabs; }
    bool isEmpty() const { return m_slabs.isEmpty(); }
    qsizetype size() const { return m_slabs.size(); }
    QList<RoiSlabRow> rows() const;
    //! Index of the slab that applies on day \a day, or -1 when none does.
    int slabIndexForDay(int day) const;

private:
    QList<RoiSlab> m_slabs;
};

template<> struct JsonField<SlabDayLimit>
{
    static bool read(JsonReader& reader, SlabDayLimit& value);
    static QJsonValue write(const SlabDayLimit& value);
    static bool isSet(const SlabDayLimit&) { return true; }
};

template<> struct JsonField<RoiSlabTable>
{
    static bool read(JsonReader& reader, RoiSlabTable& value);
    static QJsonValue write(const RoiSlabTable& value);
    static bool isSet(const RoiSlabTable& value) { return !value.isEmpty(); }
};

} // namespace Crego::Core
