// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

static void initWidgetResources()
{
    // The resources are compiled into a static library: a program keeps them only when it asks for them.
    Q_INIT_RESOURCE(crego);
}

namespace Crego::Widgets {

QIcon AppIcon::icon()
{
    static const bool initialised = (initWidgetResources(), true);
    Q_UNUSED(initialised);
    return QIcon(QStringLiteral(":/icons/crego-desk.svg"));
}

} // namespace Crego::Widgets
