// SPDX-License-Identifier: GPL-3.0-or-later
#include "taborder.h"

#include <QWidget>

namespace Crego::Widgets {

void TabOrder::follow(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (previous) {
            QWidget::setTabOrder(previous, widget);
        }
        previous = widget;
    }
}

} // namespace Crego::Widgets
