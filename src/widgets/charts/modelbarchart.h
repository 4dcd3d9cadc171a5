// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QAbstractAxis;
class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace Crego::Widgets {

class MoneyAxis;

//! A bar chart that reads a table model through a model mapper (via Models::ChartValueProxy), so the
//! bars are the very figures the table beside it shows. Either each row is a category and columns
//! [first, last] are the bar sets (exposure by program, the outstanding stack), or each row is a bar set
//! of its own colour (leads by DPD bucket). Rupee amounts get a compact ₹ axis; hovering a bar shows the
//! table's full figure; clicking one reports its row.
class ModelBarChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Layout {
        RowsAreCategories, //!< sets: columns first … last; categories: the rows' labels (column 0)
        RowsAreSets, //!< sets: one per row, coloured by the row's decoration; categories: columns first … last
    };
    enum class Values { Money, Count };

    struct Options
    {
        QString title;
        QString categoryAxisTitle;
        QString valueAxisTitle;
        Layout layout = Layout::RowsAreCategories;
        Values values = Values::Count;
        int firstColumn = 1;
        int lastColumn = 1;
        int rowCount = -1; //!< rows charted from row 0; -1: all
        bool stacked = false;
    };

    ModelBarChart(QAbstractItemModel* model, const Options& options, QWidget* parent = nullptr);

    QAbstractBarSeries* series() const { return m_series; }

Q_SIGNALS:
    //! The user clicked the bar of model row \a row.
    void rowClicked(int row);

private:
    void refresh();
    void styleSet(QBarSet* set, int index);
    int rowOf(int index, QBarSet* set) const;
    int chartedRows() const;

    QAbstractItemModel* m_model;
    Options m_options;
    QAbstractBarSeries* m_series;
    QBarCategoryAxis* m_categoryAxis;
    MoneyAxis* m_moneyAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
};

} // namespace Crego::Widgets
