// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Crego::Widgets {

//! Paints a cell of one line of text with one text layout, where Qt's own delegate lays the text out three
//! or four times (for its size, its place, its elision and its drawing): a table of leads paints about
//! three times faster, which is most of what a jump through the list costs once the page is here. The
//! background, selection and focus frame are the style's, as in every other view; a cell with an icon, a
//! check box or more than one line is left to QStyledItemDelegate.
class TextCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Crego::Widgets
