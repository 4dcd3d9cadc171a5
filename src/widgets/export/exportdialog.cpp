// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "exportjob.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Crego::Widgets {

ExportDialog::ExportDialog(Models::ExportJob* run, QWidget* parent)
    : QDialog(parent)
    , m_run(run)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_showFolder(new QPushButton(tr("Show in &Folder"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(run->title());
    run->setParent(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(run->path())));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Export progress"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_showFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    m_open->hide();
    m_showFolder->hide();
    m_close->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_cancel, &QPushButton::clicked, run, &Models::ExportJob::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(
        m_open, &QPushButton::clicked, this, [run] { QDesktopServices::openUrl(QUrl::fromLocalFile(run->path())); });
    connect(m_showFolder, &QPushButton::clicked, this,
        [run] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(run->path()).absolutePath())); });
    connect(run, &Models::ExportJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin(done, total)));
        }
        m_progress->setFormat(m_run->progressText(done, total));
    });
    connect(run, &Models::ExportJob::finished, this, [this](bool succeeded, const QString& message) {
        m_finished = true;
        m_message->setText(
            succeeded ? tr("%1 Saved as %2.").arg(message, QDir::toNativeSeparators(m_run->path())) : message);
        m_message->setStyleSheet(succeeded ? QString() : QStringLiteral("color: #b3261e;"));
        m_progress->setRange(0, 1);
        m_progress->setValue(succeeded ? 1 : 0);
        m_progress->setVisible(succeeded);
        m_cancel->hide();
        m_close->show();
        m_open->setVisible(succeeded);
        m_showFolder->setVisible(succeeded);
        m_close->setDefault(true);
    });
    run->start();
}

ExportDialog* ExportDialog::follow(Models::ExportJob* run, QWidget* parent)
{
    auto* dialog = new ExportDialog(run, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString ExportDialog::message() const
{
    return m_message->text();
}

} // namespace Crego::Widgets
