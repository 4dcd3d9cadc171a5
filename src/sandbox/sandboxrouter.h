// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxrequest.h"
#include "sandboxresponse.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>
#include <vector>

namespace Crego::Sandbox {

//! Maps method + path pattern ("/v1/crm/leads/{id}/programs/") to a handler; unknown paths answer a JSON
//! 404 and known paths with another method a JSON 405 with an Allow header.
class SandboxRouter
{
    Q_DECLARE_TR_FUNCTIONS(SandboxRouter)

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest&)>;

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    SandboxResponse dispatch(SandboxRequest& request) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression expression;
        QStringList names;
        Handler handler;
    };

    std::vector<Route> m_routes;
};

} // namespace Crego::Sandbox
