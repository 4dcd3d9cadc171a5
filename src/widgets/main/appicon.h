// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Crego::Widgets {

//! The app's own icon (an SVG in the widgets' resources): the windows' and dialogs' icon, the About box's.
class AppIcon
{
public:
    static QIcon icon();
};

} // namespace Crego::Widgets
