// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template definitions of CregoClient; included at the end of cregoclient.h.

#include "resultdecoder.h"

#include <QJsonDocument>

#include <memory>

namespace Crego::Api {

template<typename T> ApiCall* CregoClient::call(ApiRequest request, QObject* context, Callback<T> callback)
{
    // The decoded value (and the list elements left out) live here between the transport's decode step and
    // the completion.
    struct Decoded
    {
        T value {};
        QList<Core::JsonError> skipped;
    };
    auto decoded = std::make_shared<Decoded>();
    const Endpoint endpoint = request.endpoint;
    request.decode = [decoded](const QByteArray& body, Core::JsonError& error) {
        *decoded = Decoded {};
        return ResultDecoder<T>::decode(body, decoded->value, decoded->skipped, error);
    };
    return send(std::move(request), context, [decoded, callback, endpoint](const ApiError& error) {
        if (error.isError()) {
            callback(ApiResult<T>(error));
            return;
        }
        if (!decoded->skipped.isEmpty()) {
            logSkipped(endpoint, decoded->skipped);
        }
        callback(ApiResult<T>(std::move(decoded->value), std::move(decoded->skipped)));
    });
}

template<typename Record> ApiRequest CregoClient::withBody(Endpoint endpoint, const Record& record)
{
    ApiRequest request;
    request.endpoint = endpoint;
    request.body = Core::JsonCodec::toJson(record);
    return request;
}

} // namespace Crego::Api
