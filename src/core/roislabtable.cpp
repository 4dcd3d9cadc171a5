// SPDX-License-Identifier: GPL-3.0-or-later
#include "roislabtable.h"

#include <QCoreApplication>

#include <cmath>

namespace Crego::Core {

namespace {

const QString OpenEnded = QStringLiteral("inf");

} // namespace

const ObjectSchema<RoiSlab>& RoiSlab::jsonSchema()
{
    static const ObjectSchema<RoiSlab> schema = [] {
        ObjectSchema<RoiSlab> s;
        s.field("value", &RoiSlab::value).field("days", &RoiSlab::days);
        return s;
    }();
    return schema;
}

QString RoiSlabTable::validate(const QList<RoiSlab>& slabs)
{
    std::optional<int> previousDays;
    for (qsizetype i = 0; i < slabs.size(); ++i) {
        const RoiSlab& slab = slabs[i];
        if (!std::isfinite(slab.value) || slab.value < 0) {
            return RoiSlabTable::tr("slab %1: rate %2 is not a valid percentage").arg(i + 1).arg(slab.value);
        }
        if (i > 0 && !previousDays) {
            return RoiSlabTable::tr("slab %1 follows an open-ended slab; only the last slab may be open-ended")
                .arg(i + 1);
        }
        if (slab.days.days) {
            const int days = *slab.days.days;
            if (days < 0) {
                return RoiSlabTable::tr("slab %1: days cannot be negative (%2)").arg(i + 1).arg(days);
            }
            if (previousDays && days <= *previousDays) {
                return RoiSlabTable::tr(
                    "slab %1 ends at day %2, not after the previous slab's day %3: slabs overlap or are out "
                    "of order")
                    .arg(i + 1)
                    .arg(days)
                    .arg(*previousDays);
            }
        }
        previousDays = slab.days.days;
    }
    return QString();
}

RoiSlabTable RoiSlabTable::fromValidSlabs(QList<RoiSlab> slabs)
{
    Q_ASSERT(validate(slabs).isEmpty());
    RoiSlabTable table;
    table.m_slabs = std::move(slabs);
    return table;
}

QList<RoiSlabRow> RoiSlabTable::rows() const
{
    QList<RoiSlabRow> rows;
    rows.reserve(m_slabs.size());
    int fromDay = 0;
    for (const RoiSlab& slab : m_slabs) {
        rows.append(RoiSlabRow { fromDay, slab.days.days, slab.value });
        fromDay = slab.days.days.value_or(fromDay) + 1;
    }
    return rows;
}

int RoiSlabTable::slabIndexForDay(int day) const
{
    if (day < 0) {
        return -1;
    }
    for (qsizetype i = 0; i < m_slabs.size(); ++i) {
        const std::optional<int>& upper = m_slabs[i].days.days;
        if (!upper || day <= *upper) {
            return int(i);
        }
    }
    return -1;
}

bool JsonField<SlabDayLimit>::read(JsonReader& reader, SlabDayLimit& value)
{
    if (reader.kind() == JsonReader::Kind::String) {
        QString text;
        if (!reader.readString(text)) {
            return false;
        }
        if (text.compare(OpenEnded, Qt::CaseInsensitive) != 0) {
            return reader.fail(RoiSlabTable::tr("expected a number of days or \"inf\", got \"%1\"").arg(text));
        }
        value.days.reset();
        return true;
    }
    int days = 0;
    if (!JsonField<int>::read(reader, days)) {
        return false;
    }
    value.days = days;
    return true;
}

QJsonValue JsonField<SlabDayLimit>::write(const SlabDayLimit& value)
{
    return value.days ? QJsonValue(*value.days) : QJsonValue(OpenEnded);
}

bool JsonField<RoiSlabTable>::read(JsonReader& reader, RoiSlabTable& value)
{
    QList<RoiSlab> slabs;
    if (!JsonField<QList<RoiSlab>>::read(reader, slabs)) {
        return false;
    }
    const QString problem = RoiSlabTable::validate(slabs);
    if (!problem.isEmpty()) {
        return reader.fail(problem);
    }
    value = RoiSlabTable::fromValidSlabs(std::move(slabs));
    return true;
}

QJsonValue JsonField<RoiSlabTable>::write(const RoiSlabTable& value)
{
    return JsonField<QList<RoiSlab>>::write(value.slabs());
}

} // namespace Crego::Core
