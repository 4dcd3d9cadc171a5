// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"

#include <QUrl>

#include <optional>

namespace Crego::Sandbox {

struct SandboxContext;

//! How a stock Django REST Framework server answers where the sandbox has conveniences of its own:
//! page-number or cursor pagination, unknown filters ignored, nulls, decimal-string amounts, millisecond
//! times, HTML error pages. SandboxServer applies what FaultInjector::Settings asks for.
class StockServer
{
public:
    //! Cursor pagination: the page the request's `cursor` stands for becomes its `page` (no cursor: page 1,
    //! whatever `page` says).
    static void readCursor(SandboxRequest& request);
    //! A list of applicants, banks, documents or addresses filtered only by `?lead=`: every record of the
    //! table, as a server answers a filter it does not know. nullopt for any other request.
    static std::optional<SandboxResponse> unfilteredList(SandboxContext& context, const SandboxRequest& request);
    //! The lead list's answer in \a style, with absolute links under \a base; past the last page a page
    //! number gets 404 "Invalid page.".
    static SandboxResponse paginate(
        const SandboxResponse& response, FaultInjector::Settings::Pagination style, const QUrl& base);
    //! Nulls for empty fields and tags as objects, decimal-string amounts, millisecond times, an unreadable
    //! first record in every list, as asked.
    static QByteArray reshape(const QByteArray& body, const FaultInjector::Settings& settings);
    //! \a response as the HTML page a proxy or Django sends for a server error or an unknown address.
    static SandboxResponse htmlError(const SandboxResponse& response);
};

} // namespace Crego::Sandbox
