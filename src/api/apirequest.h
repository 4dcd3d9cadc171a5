// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "jsonerror.h"

#include <QByteArray>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QHttpMultiPart;

namespace Crego::Api {

//! What to send for one call: the endpoint, its path id, query, body, and how to decode a success.
struct ApiRequest
{
    Endpoint endpoint = Endpoint::Health;
    QString id; //!< fills {id} in the endpoint's path
    QUrlQuery query;
    //! A link the server gave (the next page of a list), absolute or relative to the base URL: sent
    //! instead of the endpoint's path and query, and only to the server the session is connected to.
    QString link;
    QByteArray body;
    QByteArray contentType = "application/json";
    //! For uploads: built fresh for each attempt (a multipart body is consumed by sending it).
    std::function<QHttpMultiPart*()> multipart;
    //! Decodes a 2xx body into the caller's result; false (with the error) when it is malformed.
    std::function<bool(const QByteArray& body, Core::JsonError& error)> decode;
    //! Decodes on a worker thread (pages of leads): the next answers are read meanwhile.
    bool decodeOffThread = false;
    //! The answer may be kept for offline reading (for the reads ResponseCache keeps).
    bool keepForOffline = true;
    //! Overrides the endpoint's idempotency (a PUT action that is not safe to repeat, say).
    std::optional<bool> idempotent;
};

} // namespace Crego::Api
