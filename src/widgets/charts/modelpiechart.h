// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace Crego::Widgets {

//! A pie of one column of a table model, read through a QPieModelMapper: one slice per row, labelled by
//! column 0 and coloured by the row's decoration. Hovering a slice shows the table's figure and share;
//! clicking one reports its row.
class ModelPieChart final : public QChartView
{
    Q_OBJECT

public:
    ModelPieChart(QAbstractItemModel* model, int valueColumn, const QString& title, QWidget* parent = nullptr);

    QPieSeries* series() const { return m_series; }

Q_SIGNALS:
    void rowClicked(int row);

private:
    void refresh();

    QAbstractItemModel* m_model;
    int m_valueColumn;
    QPieSeries* m_series;
};

} // namespace Crego::Widgets
