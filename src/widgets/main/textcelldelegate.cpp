// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcelldelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Crego::Widgets {

namespace {

//! \a text laid out on one line in \a font; the line it made.
QTextLine layOutLine(QTextLayout& layout, const QString& text, const QFont& font)
{
    layout.setCacheEnabled(true); // the glyphs shaped to measure the line are the ones drawn
    layout.setText(text);
    layout.setFont(font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(qreal(1 << 20));
    layout.endLayout();
    return line;
}

} // namespace

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool plainText
        = !(cell.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
        && !cell.text.contains(QChar::LineSeparator) && !cell.text.contains(u'\n');
    if (!plainText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = cell.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);

    if (!cell.text.isEmpty()) {
        // The margins Qt's styles leave beside an item's text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
        // Latin text is laid out without shaping, a fifth of a table's painting (what it drops, kerning and
        // ligatures, a table's cells do without); scripts that need shaping to be legible, Devanagari among
        // them, are still shaped.
        QFont font = cell.font;
        font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
        QTextLayout layout;
        QTextLine line = layOutLine(layout, cell.text, font);
        if (line.naturalTextWidth() > textRect.width() && cell.textElideMode != Qt::ElideNone) {
            line = layOutLine(
                layout, QFontMetrics(font).elidedText(cell.text, cell.textElideMode, textRect.width()), font);
        }
        const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
        const qreal width = line.naturalTextWidth();
        qreal x = textRect.left();
        if (alignment & Qt::AlignRight) {
            x = textRect.left() + textRect.width() - width;
        } else if (alignment & Qt::AlignHCenter) {
            x = textRect.left() + (textRect.width() - width) / 2;
        }
        qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
        if (alignment & Qt::AlignTop) {
            y = textRect.top();
        } else if (alignment & Qt::AlignBottom) {
            y = textRect.top() + textRect.height() - line.height();
        }
        const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (cell.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                                 : QPalette::Inactive;
        painter->save();
        painter->setClipRect(textRect);
        painter->setPen(cell.palette.color(
            group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        line.draw(painter, QPointF(x, y));
        painter->restore();
    }

    if (cell.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(cell);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor
            = cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace Crego::Widgets
