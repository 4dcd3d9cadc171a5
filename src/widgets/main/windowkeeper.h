// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Crego::Widgets {

class MainWindow;

//! Owns the app's main window and opens it afresh when the user switches the language in Preferences, so
//! that every menu, label and table is in the new language at once, without a restart: the open tabs, the
//! window's place and unsaved forms (as drafts) come back as after a restart.
class WindowKeeper : public QObject
{
    Q_OBJECT

public:
    explicit WindowKeeper(QObject* parent = nullptr);
    ~WindowKeeper() override;

    //! Makes the first window (the caller gives it a session and shows it).
    MainWindow* create();
    MainWindow* window() const { return m_window.get(); }

Q_SIGNALS:
    //! A new window replaced the previous one (after a change of language).
    void windowReplaced(Crego::Widgets::MainWindow* window);

private:
    void reopen();

    std::unique_ptr<MainWindow> m_window;
};

} // namespace Crego::Widgets
