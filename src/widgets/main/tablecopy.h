// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QMimeData;

namespace Crego::Widgets {

//! Ctrl+C on a table copies the selected cells as they are shown, as tab-separated text and as an HTML
//! table, so they paste into Excel or a mail as cells (rows and columns in the order on screen).
class TableCopy final : public QObject
{
    Q_OBJECT

public:
    //! Makes Ctrl+C on \a view copy its selection (the filter is a child of \a view).
    static void enable(QAbstractItemView* view);
    //! What Ctrl+C on \a view puts on the clipboard (nullptr when nothing is selected).
    static QMimeData* selection(const QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace Crego::Widgets
