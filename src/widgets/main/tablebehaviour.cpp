// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablebehaviour.h"

#include "tablecopy.h"
#include "textcelldelegate.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

namespace Crego::Widgets {

namespace {

//! The button a mirrored action stands for.
const char* const MirroredButton = "cregoMirroredButton";

} // namespace

void TableBehaviour::apply(QAbstractItemView* view)
{
    TableCopy::enable(view);
    QAbstractItemDelegate* qtDelegate = view->itemDelegate();
    if (qtDelegate && qtDelegate->metaObject() == &QStyledItemDelegate::staticMetaObject) {
        view->setItemDelegate(new TextCellDelegate(view));
        qtDelegate->deleteLater();
    }
    view->setTabKeyNavigation(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
        [view](const QPoint& pos) { contextMenu(view, pos)->popup(view->viewport()->mapToGlobal(pos)); });
}

void TableBehaviour::applyToTablesOf(QWidget* page)
{
    for (QTableView* table : page->findChildren<QTableView*>()) {
        apply(table);
    }
}

void TableBehaviour::mirror(QAbstractItemView* view, const QList<QAbstractButton*>& buttons)
{
    for (QAbstractButton* button : buttons) {
        auto* action = new QAction(button->text(), view);
        action->setProperty(MirroredButton, QVariant::fromValue(QPointer<QAbstractButton>(button)));
        QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
        view->addAction(action);
    }
}

QMenu* TableBehaviour::contextMenu(QAbstractItemView* view, const QPoint& pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (index.isValid() && !view->selectionModel()->isSelected(index)) {
        view->setCurrentIndex(index);
    }
    auto* menu = new QMenu(view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* copy = TableCopy::action(view);
    for (QAction* action : view->actions()) {
        if (action == copy) {
            continue; // last, after the row's own actions
        }
        const auto button = action->property(MirroredButton).value<QPointer<QAbstractButton>>();
        if (action->property(MirroredButton).isValid()) {
            if (!button || button->isHidden()) {
                continue;
            }
            action->setText(button->text());
            action->setEnabled(button->isEnabled());
        }
        menu->addAction(action);
    }
    if (!menu->isEmpty()) {
        menu->addSeparator();
    }
    if (copy) {
        // Greyed out in this menu when nothing is selected; Ctrl+C stays on for the table afterwards.
        copy->setEnabled(view->selectionModel() && view->selectionModel()->hasSelection());
        QObject::connect(menu, &QMenu::aboutToHide, copy, [copy] { copy->setEnabled(true); });
        menu->addAction(copy);
    }
    return menu;
}

} // namespace Crego::Widgets
