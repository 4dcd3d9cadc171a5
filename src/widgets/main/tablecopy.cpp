// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMap>
#include <QMimeData>
#include <QTableView>

namespace Crego::Widgets {

void TableCopy::enable(QAbstractItemView* view)
{
    view->installEventFilter(new TableCopy(view));
}

QMimeData* TableCopy::selection(const QAbstractItemView* view)
{
    const QModelIndexList selected
        = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const auto* table = qobject_cast<const QTableView*>(view);
    const auto visualColumn
        = [table](int column) { return table ? table->horizontalHeader()->visualIndex(column) : column; };
    QMap<int, QMap<int, QString>> cells; // row → on-screen column → text
    for (const QModelIndex& index : selected) {
        if (!table || !table->isColumnHidden(index.column())) {
            cells[index.row()][visualColumn(index.column())] = index.data(Qt::DisplayRole).toString();
        }
    }
    QList<int> columns;
    for (const QMap<int, QString>& row : cells) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!columns.contains(it.key())) {
                columns.append(it.key());
            }
        }
    }
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QString html = QStringLiteral("<table>");
    for (const QMap<int, QString>& row : cells) {
        QStringList fields;
        html += QStringLiteral("<tr>");
        for (int column : columns) {
            QString text = row.value(column);
            html += QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
            fields.append(text.replace(u'\t', u' ').replace(u'\n', u' '));
        }
        html += QStringLiteral("</tr>");
        lines.append(fields.join(u'\t'));
    }
    html += QStringLiteral("</table>");
    auto* data = new QMimeData;
    data->setText(lines.join(u'\n') + u'\n');
    data->setHtml(html);
    return data;
}

bool TableCopy::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        if (QMimeData* data = selection(qobject_cast<QAbstractItemView*>(watched))) {
            QApplication::clipboard()->setMimeData(data);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Crego::Widgets
