// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratestepmodel.h"

#include "roles.h"

#include <QLocale>

#include <algorithm>
#include <set>

namespace Crego::Models {

namespace {

double rateOnDay(const QList<Core::RoiSlabRow>& slabs, int day)
{
    for (const Core::RoiSlabRow& slab : slabs) {
        if (day >= slab.fromDay && (!slab.toDay || day <= *slab.toDay)) {
            return slab.ratePercent;
        }
    }
    return 0;
}

} // namespace

RateStepModel::RateStepModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RateStepModel::clear()
{
    beginResetModel();
    m_points.clear();
    m_horizon = 0;
    endResetModel();
}

void RateStepModel::setPricing(const Core::LoanPricing& pricing)
{
    const QList<Core::RoiSlabRow> slabs[3] = { pricing.slabs(Core::LoanPricing::Roi),
        pricing.slabs(Core::LoanPricing::OverdueRoi), pricing.slabs(Core::LoanPricing::PenalRoi) };
    std::set<int> starts { 0 };
    int lastBoundary = 0;
    for (const QList<Core::RoiSlabRow>& rate : slabs) {
        for (const Core::RoiSlabRow& slab : rate) {
            starts.insert(slab.fromDay);
            if (slab.toDay) {
                starts.insert(*slab.toDay + 1);
                lastBoundary = std::max(lastBoundary, *slab.toDay + 1);
            }
        }
    }
    beginResetModel();
    m_points.clear();
    m_horizon = std::max(90, lastBoundary + std::max(30, lastBoundary / 4));
    for (auto it = starts.begin(); it != starts.end() && *it < m_horizon; ++it) {
        const auto next = std::next(it);
        const int end = next == starts.end() ? m_horizon : std::min(*next, m_horizon);
        Point first;
        first.day = *it;
        for (int i = 0; i < 3; ++i) {
            first.rates[i] = rateOnDay(slabs[i], *it);
        }
        Point last = first;
        last.day = end;
        m_points.append(first);
        m_points.append(last);
    }
    endResetModel();
}

int RateStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int RateStepModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateStepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Point& point = m_points.at(index.row());
    if (role == RawValueRole) {
        return index.column() == Day ? QVariant(point.day) : QVariant(point.rates[index.column() - Roi]);
    }
    if (role == Qt::DisplayRole) {
        return index.column() == Day ? QLocale().toString(point.day)
                                     : QLocale().toString(point.rates[index.column() - Roi], 'g', 6);
    }
    return QVariant();
}

QVariant RateStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == Day) {
        return tr("Day");
    }
    return Core::LoanPricing::rateName(Core::LoanPricing::Rate(section - Roi));
}

} // namespace Crego::Models
