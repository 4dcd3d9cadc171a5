// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Crego::Models {
class RateStepModel;
}

namespace Crego::Widgets {

//! ROI, overdue ROI and penal ROI against days outstanding, as step lines read from a RateStepModel
//! through QVXYModelMapper; hovering a line shows the rate at that day.
class RateStepChart final : public QChartView
{
    Q_OBJECT

public:
    explicit RateStepChart(Models::RateStepModel* model, QWidget* parent = nullptr);

    //! The series of model column \a column (RateStepModel::Roi, OverdueRoi or PenalRoi).
    QLineSeries* series(int column) const;
    //! Sets the rate axis title ("% p.a.").
    void setRateUnit(const QString& unit);

private:
    void refresh();

    Models::RateStepModel* m_model;
    QList<QLineSeries*> m_series;
    QValueAxis* m_dayAxis;
    QValueAxis* m_rateAxis;
};

} // namespace Crego::Widgets
