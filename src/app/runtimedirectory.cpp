// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimedirectory.h"

#include <QByteArray>
#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#endif

namespace Crego::App {

void RuntimeDirectory::ensure()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return;
    }
    // Qt's own fallback: <temporary folder>/runtime-<user name>.
    const uid_t user = geteuid();
    const passwd* account = getpwuid(user);
    QByteArray temporary = qgetenv("TMPDIR");
    if (temporary.isEmpty()) {
        temporary = "/tmp";
    }
    while (temporary.size() > 1 && temporary.endsWith('/')) {
        temporary.chop(1);
    }
    const QByteArray name = account ? QByteArray(account->pw_name) : QByteArray::number(qulonglong(user));
    QByteArray directory = temporary;
    directory.append("/runtime-").append(name);
    if (mkdir(directory.constData(), S_IRWXU) != 0 && errno != EEXIST) {
        return;
    }
    struct stat status
    {
    };
    if (lstat(directory.constData(), &status) != 0 || !S_ISDIR(status.st_mode) || status.st_uid != user
        || (status.st_mode & 0777) != S_IRWXU) {
        return; // someone else's, or open to others: Qt says so when it is asked for the directory
    }
    setenv("XDG_RUNTIME_DIR", directory.constData(), 1);
#endif
}

} // namespace Crego::App
