// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelbarchart.h"

#include "chartsummary.h"

#include "chartstyle.h"
#include "moneyaxis.h"

#include "chartvalueproxy.h"
#include "riskpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHBarModelMapper>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

namespace Crego::Widgets {

namespace {

QAbstractBarSeries* makeSeries(const ModelBarChart::Options& options)
{
    // One bar per row is a stack in which each row fills only its own category.
    const bool stacked = options.stacked || options.layout == ModelBarChart::Layout::RowsAreBars;
    if (options.horizontal) {
        return stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                       : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    }
    return stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
}

} // namespace

ModelBarChart::ModelBarChart(QAbstractItemModel* model, const Options& options, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_options(options)
    , m_series(makeSeries(options))
    , m_categoryAxis(new QBarCategoryAxis)
{
    ChartStyle::apply(this, options.title);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, options.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_categoryAxis->setTitleText(options.categoryAxisTitle);
    m_categoryAxis->setTruncateLabels(!options.wholeLabels);
    QAbstractAxis* valueAxis = nullptr;
    if (options.values == Values::Money) {
        m_moneyAxis = new MoneyAxis(this);
        valueAxis = m_moneyAxis;
    } else {
        m_countAxis = new QValueAxis(this);
        m_countAxis->setLabelFormat(QStringLiteral("%d"));
        valueAxis = m_countAxis;
    }
    valueAxis->setTitleText(options.valueAxisTitle);
    chart()->addAxis(valueAxis, options.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(valueAxis);
    chart()->legend()->setVisible(options.layout == Layout::RowsAreSets || options.lastColumn > options.firstColumn);
    // Mapped only once the series is in the chart: bar sets outside a chart have no brush yet.
    auto* values = new Models::ChartValueProxy(model, this);
    m_values = values;
    if (options.layout == Layout::RowsAreBars) {
        chart()->legend()->setVisible(false); // each bar is named on its axis
    } else if (options.layout == Layout::RowsAreCategories) {
        auto* mapper = new QVBarModelMapper(this);
        mapper->setFirstBarSetColumn(options.firstColumn);
        mapper->setLastBarSetColumn(options.lastColumn);
        mapper->setFirstRow(0);
        mapper->setRowCount(options.rowCount);
        mapper->setSeries(m_series);
        mapper->setModel(values);
    } else {
        auto* mapper = new QHBarModelMapper(this);
        mapper->setFirstBarSetRow(0);
        mapper->setLastBarSetRow(options.rowCount < 0 ? std::max(0, model->rowCount() - 1) : options.rowCount - 1);
        mapper->setFirstColumn(options.firstColumn);
        mapper->setColumnCount(options.lastColumn - options.firstColumn + 1);
        mapper->setSeries(m_series);
        mapper->setModel(values);
    }
    // Qt 6.4's bar mappers crash on the header change a proxy announces with every row insertion
    // (QBarModelMapperPrivate::modelHeaderDataUpdated indexes bar sets not made yet). The headers charted
    // here never change, so the mapper need not hear of them.
    disconnect(values, &QAbstractItemModel::headerDataChanged, nullptr, nullptr);

    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this] {
        const QList<QBarSet*> sets = m_series->barSets();
        for (int index = 0; index < sets.size(); ++index) {
            styleSet(sets[index], index);
        }
    });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const int row = rowOf(index, set);
        int column = m_options.firstColumn; // RowsAreBars: the one column charted
        if (m_options.layout == Layout::RowsAreCategories) {
            column += int(m_series->barSets().indexOf(set));
        } else if (m_options.layout == Layout::RowsAreSets) {
            column += index;
        }
        const QString category = m_model->index(row, 0).data().toString();
        const QString measure = m_model->headerData(column, Qt::Horizontal).toString();
        QToolTip::showText(QCursor::pos(),
            tr("%1 — %2: %3").arg(category, measure, m_model->index(row, column).data().toString()), this);
    });
    if (options.figureLabels) {
        m_series->setBarWidth(0.45); // the top of each band holds its figures
        connect(chart(), &QChart::plotAreaChanged, this, &ModelBarChart::placeFigureLabels);
    }
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet* set) {
        QToolTip::hideText(); // the list of leads comes next: a figure of the chart must not float over it
        Q_EMIT rowClicked(rowOf(index, set));
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &ModelBarChart::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ModelBarChart::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &ModelBarChart::refresh);
    refresh();
}

int ModelBarChart::chartedRows() const
{
    return m_options.rowCount < 0 ? m_model->rowCount() : std::min(m_options.rowCount, m_model->rowCount());
}

int ModelBarChart::rowOf(int index, QBarSet* set) const
{
    return m_options.layout == Layout::RowsAreSets ? int(m_series->barSets().indexOf(set)) : index;
}

QStringList ModelBarChart::figureTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem* label : m_figureLabels) {
        texts.append(label->text());
    }
    return texts;
}

void ModelBarChart::placeFigureLabels()
{
    if (!m_options.figureLabels) {
        return;
    }
    const int rows = chartedRows();
    while (m_figureLabels.size() > rows) {
        delete m_figureLabels.takeLast();
    }
    while (m_figureLabels.size() < rows) {
        auto* label = new QGraphicsSimpleTextItem(chart());
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        label->setFont(font);
        label->setBrush(chart()->titleBrush());
        label->setZValue(10);
        m_figureLabels.append(label);
    }
    const QRectF plot = chart()->plotArea();
    for (int row = 0; row < rows; ++row) {
        QStringList figures;
        for (int column = m_options.firstColumn; column <= m_options.lastColumn; ++column) {
            figures.append(tr("%1 %2").arg(m_model->index(row, column).data().toString(),
                m_model->headerData(column, Qt::Horizontal).toString().toLower()));
        }
        QGraphicsSimpleTextItem* label = m_figureLabels[row];
        label->setText(figures.join(QStringLiteral(" · ")));
        // Above the row's bars, at the top of its band (bars take the middle of the band).
        const qreal centre = chart()->mapToPosition(QPointF(0, row), m_series).y();
        const qreal band = rows > 1 ? std::abs(chart()->mapToPosition(QPointF(0, 1), m_series).y()
                               - chart()->mapToPosition(QPointF(0, 0), m_series).y())
                                    : plot.height();
        label->setPos(plot.left() + 4, centre - band / 2);
        label->setVisible(plot.isValid());
    }
}

QStringList ModelBarChart::categories() const
{
    return m_categoryAxis->categories();
}

bool ModelBarChart::labelsCutShort() const
{
    return m_categoryAxis->labelsTruncated();
}

void ModelBarChart::fillBars()
{
    const int rows = chartedRows();
    QList<QBarSet*> sets = m_series->barSets();
    while (sets.size() > rows) {
        m_series->remove(sets.takeLast());
    }
    while (sets.size() < rows) {
        auto* set = new QBarSet(QString());
        m_series->append(set);
        sets.append(set);
    }
    for (int row = 0; row < rows; ++row) {
        QBarSet* set = sets[row];
        set->setLabel(m_model->index(row, 0).data().toString());
        if (set->count() != rows) {
            set->remove(0, set->count());
            for (int category = 0; category < rows; ++category) {
                set->append(0);
            }
        }
        for (int category = 0; category < rows; ++category) {
            const double value = category == row ? m_values->index(row, m_options.firstColumn).data().toDouble() : 0.0;
            if (set->at(category) != value) {
                set->replace(category, value);
            }
        }
    }
}

void ModelBarChart::styleSet(QBarSet* set, int index)
{
    QColor colour = Models::RiskPalette::seriesColour(index);
    if (m_options.layout != Layout::RowsAreCategories) {
        const QVariant decoration = m_model->index(index, 0).data(Qt::DecorationRole);
        if (decoration.canConvert<QColor>()) {
            colour = decoration.value<QColor>();
        }
    }
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
}

void ModelBarChart::refresh()
{
    QStringList categories;
    double maximum = 0;
    const int rows = chartedRows();
    ChartSummary::describe(this, m_options.title, m_model, m_options.firstColumn, m_options.lastColumn, rows);
    if (m_options.layout == Layout::RowsAreBars) {
        fillBars();
    }
    if (m_options.layout != Layout::RowsAreSets) {
        for (int row = 0; row < rows; ++row) {
            const QString category = m_model->index(row, 0).data().toString();
            categories.append(category);
        }
    } else {
        for (int column = m_options.firstColumn; column <= m_options.lastColumn; ++column) {
            categories.append(m_model->headerData(column, Qt::Horizontal).toString());
        }
    }
    const QList<QBarSet*> sets = m_series->barSets();
    for (int index = 0; index < sets.size(); ++index) {
        styleSet(sets[index], index);
    }
    for (int category = 0; category < categories.size(); ++category) {
        double sum = 0;
        for (QBarSet* set : sets) {
            const double value = category < set->count() ? set->at(category) : 0;
            sum = m_options.stacked ? sum + value : std::max(sum, value);
        }
        maximum = std::max(maximum, sum);
    }
    if (m_categoryAxis->categories() != categories) {
        m_categoryAxis->setCategories(categories);
    }
    if (m_moneyAxis) {
        m_moneyAxis->setMaximumPaise(maximum);
    } else {
        m_countAxis->setRange(0, std::max(1.0, maximum));
        m_countAxis->applyNiceNumbers();
    }
    placeFigureLabels();
}

} // namespace Crego::Widgets
