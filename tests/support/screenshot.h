// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>
#include <QWidget>

namespace Crego::Tests {

//! Saves what \a widget shows as NAME.png in $CREGO_SCREENSHOT_DIR (nothing when it is unset), after the
//! pending layouts have settled, so a person can look at what a GUI test drove.
inline void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CREGO_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QTest::qWait(50);
    widget.grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

} // namespace Crego::Tests
