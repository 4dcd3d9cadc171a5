// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxoptions.h"

#include <QDir>
#include <QStandardPaths>

namespace Crego::Sandbox {

QString SandboxOptions::defaultDataFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("crego-sandbox.sqlite"));
}

} // namespace Crego::Sandbox
