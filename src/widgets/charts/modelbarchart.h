// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QAbstractAxis;
class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QValueAxis;
QT_END_NAMESPACE

namespace Crego::Widgets {

class MoneyAxis;

//! A bar chart that reads a table model (via Models::ChartValueProxy), so the bars are the very figures
//! the table beside it shows. Either each row is a category and columns [first, last] are the bar sets
//! (exposure by program, the outstanding stack), or each row is one bar of its own colour, labelled
//! with the row (leads by DPD bucket). Horizontal bars keep long category names whole; the figures can
//! be written above each category's bars, so a bar too small to see beside a large one still says what
//! it is. Rupee amounts get a compact ₹ axis; hovering a bar shows the table's full figure; clicking one
//! reports its row (and hides the tooltip).
class ModelBarChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Layout {
        RowsAreCategories, //!< sets: columns first … last; categories: the rows' labels (column 0)
        RowsAreSets, //!< sets: one per row, coloured by the row's decoration; categories: columns first … last
        RowsAreBars, //!< one bar per row, coloured by the row's decoration; categories: the rows' labels
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
        bool horizontal = false; //!< bars left to right, category names on the left
        //! Each category's figures, as the table shows them, written above its bars: a bar too small to
        //! see beside a large one still says what it is (horizontal charts).
        bool figureLabels = false;
        //! Short category names drawn whole: Qt Charts elides a left-hand label to "…" as soon as its
        //! line is taller than the category's share of the axis (eleven bands in a chart of 360 pixels).
        bool wholeLabels = false;
    };

    ModelBarChart(QAbstractItemModel* model, const Options& options, QWidget* parent = nullptr);

    QAbstractBarSeries* series() const { return m_series; }
    //! The category names as the axis shows them.
    QStringList categories() const;
    //! Whether any category name is drawn cut short ("…").
    bool labelsCutShort() const;
    //! The figure labels written above the bars, by row (figureLabels).
    QStringList figureTexts() const;

Q_SIGNALS:
    //! The user clicked the bar of model row \a row.
    void rowClicked(int row);

private:
    void refresh();
    //! RowsAreBars: one set per row, holding only its own category's value.
    void fillBars();
    //! Writes and places the figure labels (figureLabels).
    void placeFigureLabels();
    void styleSet(QBarSet* set, int index);
    int rowOf(int index, QBarSet* set) const;
    int chartedRows() const;

    QAbstractItemModel* m_model;
    QAbstractItemModel* m_values = nullptr; //!< m_model's raw numbers (ChartValueProxy)
    Options m_options;
    QAbstractBarSeries* m_series;
    QBarCategoryAxis* m_categoryAxis;
    MoneyAxis* m_moneyAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QList<QGraphicsSimpleTextItem*> m_figureLabels;
};

} // namespace Crego::Widgets
