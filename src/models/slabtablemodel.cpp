// SPDX-License-Identifier: GPL-3.0-or-later
#include "slabtablemodel.h"

#include "roles.h"

#include <QLocale>

namespace Crego::Models {

SlabTableModel::SlabTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SlabTableModel::setSlabs(const QList<Core::RoiSlabRow>& slabs, const QString& unit)
{
    beginResetModel();
    m_slabs = slabs;
    m_unit = unit;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Rate, Rate);
}

int SlabTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_slabs.size());
}

int SlabTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlabTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Core::RoiSlabRow& slab = m_slabs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FromDay:
            return tr("Day %1").arg(slab.fromDay);
        case ToDay:
            return slab.toDay ? tr("Day %1").arg(*slab.toDay) : tr("No upper bound");
        case Rate:
            return QLocale().toString(slab.ratePercent, 'g', 6);
        }
        return QVariant();
    case RawValueRole:
        switch (index.column()) {
        case FromDay:
            return slab.fromDay;
        case ToDay:
            return slab.toDay ? QVariant(*slab.toDay) : QVariant();
        case Rate:
            return slab.ratePercent;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant SlabTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FromDay:
        return tr("From");
    case ToDay:
        return tr("To");
    case Rate:
        return tr("Rate (%1)").arg(m_unit);
    }
    return QVariant();
}

} // namespace Crego::Models
