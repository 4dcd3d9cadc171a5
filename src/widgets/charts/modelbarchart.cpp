// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelbarchart.h"

#include "chartstyle.h"
#include "moneyaxis.h"

#include "chartvalueproxy.h"
#include "riskpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHBarModelMapper>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

namespace Crego::Widgets {

ModelBarChart::ModelBarChart(QAbstractItemModel* model, const Options& options, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_options(options)
    , m_series(options.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                               : static_cast<QAbstractBarSeries*>(new QBarSeries))
    , m_categoryAxis(new QBarCategoryAxis)
{
    ChartStyle::apply(this, options.title);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_categoryAxis->setTitleText(options.categoryAxisTitle);
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
    chart()->addAxis(valueAxis, Qt::AlignLeft);
    m_series->attachAxis(valueAxis);
    chart()->legend()->setVisible(options.layout == Layout::RowsAreSets || options.lastColumn > options.firstColumn);
    // Mapped only once the series is in the chart: bar sets outside a chart have no brush yet.
    auto* values = new Models::ChartValueProxy(model, this);
    if (options.layout == Layout::RowsAreCategories) {
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
        const int column = m_options.layout == Layout::RowsAreCategories
            ? m_options.firstColumn + int(m_series->barSets().indexOf(set))
            : m_options.firstColumn + index;
        const QString category = m_model->index(row, 0).data().toString();
        const QString measure = m_model->headerData(column, Qt::Horizontal).toString();
        QToolTip::showText(QCursor::pos(),
            tr("%1 — %2: %3").arg(category, measure, m_model->index(row, column).data().toString()), this);
    });
    connect(m_series, &QAbstractBarSeries::clicked, this,
        [this](int index, QBarSet* set) { Q_EMIT rowClicked(rowOf(index, set)); });
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
    return m_options.layout == Layout::RowsAreCategories ? index : int(m_series->barSets().indexOf(set));
}

void ModelBarChart::styleSet(QBarSet* set, int index)
{
    QColor colour = Models::RiskPalette::seriesColour(index);
    if (m_options.layout == Layout::RowsAreSets) {
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
    if (m_options.layout == Layout::RowsAreCategories) {
        for (int row = 0; row < rows; ++row) {
            categories.append(m_model->index(row, 0).data().toString());
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
}

} // namespace Crego::Widgets
