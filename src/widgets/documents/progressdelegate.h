// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Crego::Widgets {

//! Paints a progress bar in cells whose model gives a percentage under \a progressRole (-1: plain text).
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int progressRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_progressRole;
};

} // namespace Crego::Widgets
