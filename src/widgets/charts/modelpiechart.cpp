// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpiechart.h"

#include "chartsummary.h"

#include "chartstyle.h"

#include "chartvalueproxy.h"
#include "riskpalette.h"

#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVPieModelMapper>

namespace Crego::Widgets {

ModelPieChart::ModelPieChart(QAbstractItemModel* model, int valueColumn, const QString& title, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_valueColumn(valueColumn)
    , m_series(new QPieSeries)
{
    ChartStyle::apply(this, title);
    auto* mapper = new QVPieModelMapper(this);
    mapper->setLabelsColumn(0);
    mapper->setValuesColumn(valueColumn);
    mapper->setFirstRow(0);
    mapper->setSeries(m_series);
    chart()->addSeries(m_series); // before mapping: slices outside a chart have no brush yet
    mapper->setModel(new Models::ChartValueProxy(model, this));
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool state) {
        slice->setExploded(state);
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int row = int(m_series->slices().indexOf(slice));
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 %3 (%4%)")
                .arg(m_model->index(row, 0).data().toString(), m_model->index(row, m_valueColumn).data().toString(),
                    m_model->headerData(m_valueColumn, Qt::Horizontal).toString().toLower(),
                    QLocale().toString(slice->percentage() * 100, 'f', 1)),
            this);
    });
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        QToolTip::hideText(); // the list of leads comes next
        Q_EMIT rowClicked(int(m_series->slices().indexOf(slice)));
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &ModelPieChart::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &ModelPieChart::refresh);
    refresh();
}

void ModelPieChart::refresh()
{
    ChartSummary::describe(this, chart()->title(), m_model, m_valueColumn, m_valueColumn);
    const QList<QPieSlice*> slices = m_series->slices();
    for (int row = 0; row < slices.size(); ++row) {
        QPieSlice* slice = slices[row];
        const QVariant decoration = m_model->index(row, 0).data(Qt::DecorationRole);
        const QColor colour
            = decoration.canConvert<QColor>() ? decoration.value<QColor>() : Models::RiskPalette::seriesColour(row);
        slice->setColor(colour);
        slice->setBorderColor(ChartStyle::isDark() ? Qt::black : Qt::white);
        // Share and count in the legend, beside the colour: labels around the pie overlap on thin slices.
        slice->setLabel(
            tr("%1: %2% (%3)")
                .arg(m_model->index(row, 0).data().toString(), QLocale().toString(slice->percentage() * 100, 'f', 1),
                    m_model->index(row, m_valueColumn).data().toString()));
        slice->setLabelVisible(false);
    }
}

} // namespace Crego::Widgets
