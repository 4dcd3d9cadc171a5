// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include "preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Crego::Widgets {

namespace {
const QString FolderKey = QStringLiteral("files/lastSaveFolder");
const QString OpenFolderKey = QStringLiteral("files/lastOpenFolder");
} // namespace

QString FileDialog::startFolder(Purpose purpose)
{
    if (purpose == Purpose::Export) {
        const QString folder = Preferences::load().exportFolder;
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
            return folder;
        }
    }
    return QSettings().value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

QString FileDialog::saveFileName(QWidget* parent, const QString& title, const QString& suggestedName, Purpose purpose)
{
    QString path;
    if (s_nextSaveName) {
        path = *s_nextSaveName;
        s_nextSaveName.reset();
    } else {
        path = QFileDialog::getSaveFileName(parent, title, QDir(startFolder(purpose)).filePath(suggestedName));
    }
    if (!path.isEmpty()) {
        QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    }
    return path;
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    QStringList paths;
    if (s_nextOpenNames) {
        paths = *s_nextOpenNames;
        s_nextOpenNames.reset();
    } else {
        const QString folder
            = QSettings()
                  .value(OpenFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .toString();
        paths = QFileDialog::getOpenFileNames(parent, title, folder, filter);
    }
    if (!paths.isEmpty()) {
        QSettings().setValue(OpenFolderKey, QFileInfo(paths.constFirst()).absolutePath());
    }
    return paths;
}

} // namespace Crego::Widgets
