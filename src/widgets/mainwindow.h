// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Crego::Widgets {

//! The application window: menus, the workspace tabs (lead list, lead details) and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    //! What the status bar says the window is connected to.
    void setConnectionDescription(const QString& description);

public Q_SLOTS:
    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_connectionLabel;
};

} // namespace Crego::Widgets
