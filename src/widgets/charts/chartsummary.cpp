// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsummary.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QStringList>
#include <QWidget>

namespace Crego::Widgets {

void ChartSummary::describe(
    QWidget* chart, const QString& title, const QAbstractItemModel* model, int first, int last, int rowCount)
{
    chart->setAccessibleName(title);
    const int rows = rowCount < 0 ? model->rowCount() : std::min(rowCount, model->rowCount());
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        QStringList figures;
        for (int column = first; column <= last && column < model->columnCount(); ++column) {
            figures.append(QCoreApplication::translate("ChartSummary", "%1 %2")
                               .arg(model->headerData(column, Qt::Horizontal).toString(),
                                   model->index(row, column).data().toString()));
        }
        lines.append(QCoreApplication::translate("ChartSummary", "%1: %2")
                         .arg(model->index(row, 0).data().toString(), figures.join(QStringLiteral(", "))));
    }
    chart->setAccessibleDescription(
        lines.isEmpty() ? QCoreApplication::translate("ChartSummary", "Nothing to show yet.") : lines.join(u"; "));
}

} // namespace Crego::Widgets
