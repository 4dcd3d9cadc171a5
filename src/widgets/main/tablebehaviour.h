// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace Crego::Widgets {

//! How every table of the app behaves beyond Qt's defaults: cells of text are painted by TextCellDelegate,
//! Ctrl+C copies the selected cells (TableCopy), Tab moves on to the next control instead of cycling through the cells,
//! and a right-click selects the row under the mouse and offers the row's actions — those added to the view with
//! addAction() or mirror() — and Copy.
class TableBehaviour
{
public:
    static void apply(QAbstractItemView* view);
    //! apply() on every table of \a page — not on the lists its combo boxes pop up, which are views too.
    static void applyToTablesOf(QWidget* page);
    //! Offers each of \a buttons (Edit…, Delete…) in \a view's context menu, enabled as the button is.
    static void mirror(QAbstractItemView* view, const QList<QAbstractButton*>& buttons);
    //! The context menu for a right-click at \a pos of \a view's viewport, after selecting its row (the
    //! caller shows it; it deletes itself when closed).
    static QMenu* contextMenu(QAbstractItemView* view, const QPoint& pos);
};

} // namespace Crego::Widgets
