// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! Documents: multipart upload (PDF, PNG, JPEG up to 10 MB), metadata, download, list by related model.
class DocumentRoutes
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRoutes)

public:
    static constexpr qint64 MaxFileSize = qint64(10) * 1024 * 1024;

    static void install(SandboxRouter& router, SandboxContext& context);

private:
    static SandboxResponse upload(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse download(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse update(SandboxContext& context, const SandboxRequest& request);
    //! "application/pdf", "image/png" or "image/jpeg" from the file's first bytes; empty otherwise.
    static QByteArray sniffContentType(const QByteArray& data);
};

} // namespace Crego::Sandbox
