// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "appicon.h"

#include "ui_aboutdialog.h"

#include <QIcon>

namespace Crego::Widgets {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(AppIcon::icon().pixmap(64, 64));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(CREGO_VERSION)));
    m_ui->qtVersionLabel->setText(
        tr("Built with Qt %1, running on Qt %2").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

AboutDialog::~AboutDialog() = default;

} // namespace Crego::Widgets
