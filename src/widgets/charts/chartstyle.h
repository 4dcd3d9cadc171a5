// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Crego::Widgets {

//! One look for every chart: the light or dark Qt Charts theme following the application palette, a
//! title, the legend at the bottom, no animation (figures must be readable at once), antialiasing.
class ChartStyle
{
public:
    //! Styles \a view's chart and sets its \a title; call before series get their own colours.
    static void apply(QChartView* view, const QString& title);
    //! Whether the application palette is dark (light text on a dark window).
    static bool isDark();
};

} // namespace Crego::Widgets
