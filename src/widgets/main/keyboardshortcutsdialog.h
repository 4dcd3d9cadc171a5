// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Crego::Widgets {

//! Help → Keyboard Shortcuts: every shortcut of a window's actions (its menus, its pages and their tables),
//! read from the actions themselves when the dialog opens so that the list cannot go stale; a search box
//! filters by action, key or place.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { Action, Keys, Where, ColumnCount };

    //! Lists the shortcuts of \a window's actions, and of the actions of every widget inside it.
    explicit KeyboardShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QStandardItemModel* shortcuts() const { return m_shortcuts; }
    QSortFilterProxyModel* shown() const { return m_shown; }
    QLineEdit* searchBox() const { return m_search; }

private:
    void collect(QWidget* window);

    QStandardItemModel* m_shortcuts;
    QSortFilterProxyModel* m_shown;
    QLineEdit* m_search;
    QTableView* m_table;
};

} // namespace Crego::Widgets
