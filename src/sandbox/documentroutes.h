// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

//! Documents: multipart upload (PDF, PNG, JPEG, TIFF, text; up to the sandbox's limit, 25 MB unless set),
//! metadata with the app's own rules, download, list by related model. An upload is stored only once its
//! whole body has arrived: a cancelled or dropped one leaves nothing.
class DocumentRoutes
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRoutes)

public:
    static void install(SandboxRouter& router, SandboxContext& context);

private:
    static SandboxResponse upload(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse download(SandboxContext& context, const SandboxRequest& request);
    static SandboxResponse update(SandboxContext& context, const SandboxRequest& request);
    //! The lead of \a document's related record; an error on related_model_id when there is none.
    static QString relatedError(SandboxContext& context, const QJsonObject& document, QJsonObject& errors);
};

} // namespace Crego::Sandbox
