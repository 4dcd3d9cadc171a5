// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

namespace Crego::Widgets {

//! The app's look for a theme: the platform's style and colours (system), or Qt's Fusion style with a
//! light or a dark palette, applied to every window at once.
class AppTheme
{
public:
    static void apply(Preferences::Theme theme);
};

} // namespace Crego::Widgets
