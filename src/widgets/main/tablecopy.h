// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QAbstractItemView;
class QAction;
class QMimeData;

namespace Crego::Widgets {

//! Copy (Ctrl+C) on a table copies the selected cells as they are shown, as tab-separated text and as an
//! HTML table, so they paste into Excel or a mail as cells (rows and columns in the order on screen). It is
//! an action of the table, so Keyboard Shortcuts lists it and the right-click menu offers it.
class TableCopy final
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    //! Gives \a view its Copy action (Ctrl+C while the table has the focus).
    static void enable(QAbstractItemView* view);
    //! The Copy action of \a view, or nullptr when enable() was not called for it.
    static QAction* action(const QAbstractItemView* view);
    //! What Copy on \a view puts on the clipboard (nullptr when nothing is selected).
    static QMimeData* selection(const QAbstractItemView* view);
};

} // namespace Crego::Widgets
