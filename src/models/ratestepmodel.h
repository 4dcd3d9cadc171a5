// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loanpricing.h"

#include <QAbstractTableModel>

namespace Crego::Models {

//! The three rates against days outstanding, as the points of a step chart: one row at the start and one
//! at the end of every stretch of days over which no rate changes. Column Day is the x value; columns ROI,
//! Overdue ROI and Penal ROI are the y values of three series.
class RateStepModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Roi, OverdueRoi, PenalRoi, ColumnCount };

    explicit RateStepModel(QObject* parent = nullptr);

    void setPricing(const Core::LoanPricing& pricing);
    void clear();
    //! The last day drawn: past the last slab boundary, so open-ended slabs show as a flat run.
    int horizonDay() const { return m_horizon; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Point
    {
        int day = 0;
        double rates[3] = {};
    };

    QList<Point> m_points;
    int m_horizon = 0;
};

} // namespace Crego::Models
