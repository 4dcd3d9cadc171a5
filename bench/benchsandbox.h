// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace Crego::Bench {

//! Resident memory of this process, from /proc (0 where there is none).
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
        }
    }
    return 0;
}

//! A sandbox of \a leads leads with token "bench", in \a dataFile (kept for the next run, seeded only the
//! first time) or else in \a directory; says how long seeding took. Null (and the reason printed) on failure.
inline std::unique_ptr<Sandbox::SandboxServer> startSandbox(int leads, const QString& dataFile,
    const QTemporaryDir& directory, QTextStream& out)
{
    Sandbox::SandboxOptions options;
    options.leads = leads;
    options.dataFile = dataFile.isEmpty() ? directory.filePath(QStringLiteral("bench.sqlite")) : dataFile;
    options.token = QStringLiteral("bench");
    auto server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    if (!server->start(&error)) {
        out << error << Qt::endl;
        return nullptr;
    }
    out << "sandbox: " << leads << " leads (seeding " << server->seedingMs() << " ms)" << Qt::endl;
    return server;
}

} // namespace Crego::Bench
