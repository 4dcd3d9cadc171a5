// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Template definitions of CregoClient; included at the end of cregoclient.h.

#include "resultdecoder.h"

#include <QJsonDocument>

#include <memory>

namespace Crego::Api {

template<typename T> ApiCall* CregoClient::call(ApiRequest request, QObject* context, Callback<T> callback)
{
    // The decoded value lives here between the transport's decode step and the completion.
    auto decoded = std::make_shared<T>();
    request.decode = [decoded](const QByteArray& body, Core::JsonError& error) {
        *decoded = T {};
        return ResultDecoder<T>::decode(body, *decoded, error);
    };
    return send(std::move(request), context, [decoded, callback](const ApiError& error) {
        if (error.isError()) {
            callback(ApiResult<T>(error));
        } else {
            callback(ApiResult<T>(std::move(*decoded)));
        }
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
