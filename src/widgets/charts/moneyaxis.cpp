// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyaxis.h"

#include "moneyformatter.h"

#include <cmath>

namespace Crego::Widgets {

MoneyAxis::MoneyAxis(QObject* parent)
    : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setMaximumPaise(0);
}

double MoneyAxis::niceStep(double maximum, int ticks)
{
    const double rough = std::max(maximum, 10000.0) / ticks; // an empty chart still reads ₹0 … ₹100
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (factor * magnitude >= rough) {
            return factor * magnitude;
        }
    }
    return 10 * magnitude;
}

void MoneyAxis::setMaximumPaise(double maximumPaise)
{
    const double step = niceStep(maximumPaise, 5);
    const int steps = std::max(1, int(std::ceil(maximumPaise / step)));
    if (step == m_step && categoriesLabels().size() == steps + 1) {
        return;
    }
    m_step = step;
    for (const QString& label : categoriesLabels()) {
        remove(label);
    }
    setStartValue(-1); // the first category ends at 0, where "₹0" stands
    for (int tick = 0; tick <= steps; ++tick) {
        const double value = tick * step;
        QString label = Core::MoneyFormatter::formatCompact(Core::Money::fromPaise(qint64(value)));
        // Category labels must be unique; a repeat (rounding) gets an invisible suffix.
        while (categoriesLabels().contains(label)) {
            label += QChar(0x200B);
        }
        append(label, value);
    }
    setRange(0, steps * step);
}

} // namespace Crego::Widgets
