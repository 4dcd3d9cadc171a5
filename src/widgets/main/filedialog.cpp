// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Crego::Widgets {

namespace {
const QString FolderKey = QStringLiteral("files/lastSaveFolder");
} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& title, const QString& suggestedName)
{
    QString path;
    if (s_nextSaveName) {
        path = *s_nextSaveName;
        s_nextSaveName.reset();
    } else {
        QSettings settings;
        const QString folder
            = settings.value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName));
    }
    if (!path.isEmpty()) {
        QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    }
    return path;
}

} // namespace Crego::Widgets
