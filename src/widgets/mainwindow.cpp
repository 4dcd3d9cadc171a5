// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>

namespace Crego::Widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_connectionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setText(tr("Not connected"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    setWindowIcon(QIcon(QStringLiteral(":/icons/crego-desk.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFullScreen, &QAction::toggled, this,
        [this](bool fullScreen) { fullScreen ? showFullScreen() : showNormal(); });
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionDescription(const QString& description)
{
    m_connectionLabel->setText(description);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Crego::Widgets
