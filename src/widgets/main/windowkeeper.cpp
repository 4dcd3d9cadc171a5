// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowkeeper.h"

#include "mainwindow.h"

#include <QApplication>

namespace Crego::Widgets {

WindowKeeper::WindowKeeper(QObject* parent)
    : QObject(parent)
{ }

WindowKeeper::~WindowKeeper() = default;

MainWindow* WindowKeeper::create()
{
    m_window = std::make_unique<MainWindow>();
    // Queued: the old window finishes applying the preferences before it is closed.
    connect(m_window.get(), &MainWindow::languageChanged, this, &WindowKeeper::reopen, Qt::QueuedConnection);
    return m_window.get();
}

void WindowKeeper::reopen()
{
    Api::Session* session = m_window->session();
    // Closing the only window would end the app; the new one follows at once.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const bool closed = m_window->close(); // saves its place and open tabs; asks about unsaved forms
    if (closed) {
        m_window.release()->deleteLater();
        MainWindow* window = create();
        if (session) {
            window->setSession(session);
            window->showLeads();
        }
        window->show();
        Q_EMIT windowReplaced(window);
    }
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
}

} // namespace Crego::Widgets
