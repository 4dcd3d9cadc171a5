// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintreporter.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace Crego::Widgets {

FirstPaintReporter::FirstPaintReporter(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject* watched, QEvent* event)
{
    const bool painted = event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0;
    if (painted && !m_reported) {
        m_reported = true;
        // After this paint has been drawn: the rows are on screen.
        QTimer::singleShot(0, this, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Crego::Widgets
