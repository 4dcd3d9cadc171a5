// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstyle.h"

#include "deferredicon.h"

#include <QPointer>

namespace Crego::Widgets {

AppStyle::AppStyle() = default;

AppStyle::AppStyle(QStyle* base)
    : QProxyStyle(base)
{ }

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton && standardIcon != SP_ToolBarVerticalExtensionButton
        && standardIcon != SP_LineEditClearButton) {
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
    // These do not depend on the option or the widget, which may be gone when the icon is painted.
    return DeferredIcon::make([style = QPointer<QStyle>(baseStyle()), standardIcon] {
        return style ? style->standardIcon(standardIcon) : QIcon();
    });
}

} // namespace Crego::Widgets
