// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roislabtable.h"

#include <QAbstractTableModel>

namespace Crego::Models {

//! One rate's slabs as rows a reviewer reads: from day, to day ("no upper bound" when open-ended) and the
//! rate in the loan's period.
class SlabTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromDay, ToDay, Rate, ColumnCount };

    explicit SlabTableModel(QObject* parent = nullptr);

    //! \a unit is the rate's unit for the header ("% p.a.").
    void setSlabs(const QList<Core::RoiSlabRow>& slabs, const QString& unit);
    const QList<Core::RoiSlabRow>& slabs() const { return m_slabs; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::RoiSlabRow> m_slabs;
    QString m_unit;
};

} // namespace Crego::Models
