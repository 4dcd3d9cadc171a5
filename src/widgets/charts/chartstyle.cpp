// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QPalette>

namespace Crego::Widgets {

bool ChartStyle::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void ChartStyle::apply(QChartView* view, const QString& title)
{
    QChart* chart = view->chart();
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QApplication::font().pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 20, 4)); // room for the last label of a horizontal value axis
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
}

} // namespace Crego::Widgets
