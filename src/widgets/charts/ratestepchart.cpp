// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratestepchart.h"

#include "chartsummary.h"

#include "chartstyle.h"

#include "chartvalueproxy.h"
#include "ratestepmodel.h"
#include "riskpalette.h"
#include "roles.h"

#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace Crego::Widgets {

RateStepChart::RateStepChart(Models::RateStepModel* model, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_dayAxis(new QValueAxis(this))
    , m_rateAxis(new QValueAxis(this))
{
    ChartStyle::apply(this, tr("Rates by days outstanding"));
    auto* values = new Models::ChartValueProxy(model, this);
    m_dayAxis->setTitleText(tr("Days outstanding"));
    m_dayAxis->setLabelFormat(QStringLiteral("%d"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.1f"));
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_rateAxis, Qt::AlignLeft);
    static const Qt::PenStyle Styles[] = { Qt::SolidLine, Qt::DashLine, Qt::DotLine };
    for (int column = Models::RateStepModel::Roi; column <= Models::RateStepModel::PenalRoi; ++column) {
        auto* series = new QLineSeries;
        series->setName(model->headerData(column, Qt::Horizontal).toString());
        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(Models::RateStepModel::Day);
        mapper->setYColumn(column);
        chart()->addSeries(series);
        series->attachAxis(m_dayAxis);
        series->attachAxis(m_rateAxis);
        mapper->setSeries(series);
        mapper->setModel(values);
        // Distinct dashes as well as colours: "same as ROI" lines lie on top of each other.
        const int index = column - Models::RateStepModel::Roi;
        QPen pen(Models::RiskPalette::seriesColour(index));
        pen.setWidthF(3.0 - index * 0.5);
        pen.setStyle(Styles[index]);
        series->setPen(pen);
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                tr("%1 on day %2: %3%4")
                    .arg(series->name())
                    .arg(qRound(point.x()))
                    .arg(QLocale().toString(point.y(), 'g', 6), m_rateAxis->titleText()),
                this);
        });
        m_series.append(series);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &RateStepChart::refresh);
    refresh();
}

QLineSeries* RateStepChart::series(int column) const
{
    return m_series.value(column - Models::RateStepModel::Roi);
}

void RateStepChart::setRateUnit(const QString& unit)
{
    m_rateAxis->setTitleText(unit);
}

void RateStepChart::refresh()
{
    ChartSummary::describe(
        this, chart()->title(), m_model, Models::RateStepModel::Roi, Models::RateStepModel::PenalRoi);
    double maximum = 1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = Models::RateStepModel::Roi; column <= Models::RateStepModel::PenalRoi; ++column) {
            maximum = std::max(maximum, m_model->index(row, column).data(Models::RawValueRole).toDouble());
        }
    }
    // A rate equal to ROI everywhere lies on the ROI line: its dashes show it, and the legend says so.
    for (int column = Models::RateStepModel::OverdueRoi; column <= Models::RateStepModel::PenalRoi; ++column) {
        bool sameAsRoi = m_model->rowCount() > 0;
        for (int row = 0; row < m_model->rowCount() && sameAsRoi; ++row) {
            sameAsRoi = m_model->index(row, column).data(Models::RawValueRole)
                == m_model->index(row, Models::RateStepModel::Roi).data(Models::RawValueRole);
        }
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        series(column)->setName(sameAsRoi ? tr("%1 (same as ROI)").arg(name) : name);
    }
    m_dayAxis->setRange(0, std::max(1, m_model->horizonDay()));
    m_dayAxis->applyNiceNumbers();
    m_rateAxis->setRange(0, maximum * 1.15);
    m_rateAxis->applyNiceNumbers();
}

} // namespace Crego::Widgets
