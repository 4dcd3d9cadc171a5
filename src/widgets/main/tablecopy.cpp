// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMap>
#include <QMimeData>
#include <QTableView>

namespace Crego::Widgets {

namespace {
const QString CopyActionName = QStringLiteral("tableCopyAction");
} // namespace

void TableCopy::enable(QAbstractItemView* view)
{
    auto* copy = new QAction(tr("&Copy"), view);
    copy->setObjectName(CopyActionName);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut); // this table's selection, when it has the focus
    copy->setToolTip(tr("Copy the selected cells, to paste into Excel or a mail"));
    QObject::connect(copy, &QAction::triggered, view, [view] {
        if (QMimeData* data = selection(view)) {
            QApplication::clipboard()->setMimeData(data);
        }
    });
    view->addAction(copy);
}

QAction* TableCopy::action(const QAbstractItemView* view)
{
    return view->findChild<QAction*>(CopyActionName, Qt::FindDirectChildrenOnly);
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

} // namespace Crego::Widgets
