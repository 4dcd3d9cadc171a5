// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cregoclient.h"
#include "sandboxharness.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>

namespace Crego::Tests {

//! A CregoClient pointed at a SandboxHarness, and a way to wait for a typed call's result.
class ApiTestKit
{
public:
    explicit ApiTestKit(int leads = 30, quint32 seed = 21)
        : sandbox(leads, seed)
        , client(&network)
    { }

    bool start()
    {
        if (!sandbox.start()) {
            return false;
        }
        client.transport().setBaseUrl(sandbox.server().baseUrl());
        client.transport().setToken(sandbox.server().token());
        client.transport().setRetryDelays({ 20, 50, 100 });
        return true;
    }

    //! Runs \a issue (which starts one call with the given callback) and waits up to \a timeoutMs for it.
    template<typename T, typename Issue> Api::ApiResult<T> wait(Issue&& issue, int timeoutMs = 15000)
    {
        std::optional<Api::ApiResult<T>> result;
        QEventLoop loop;
        issue([&result, &loop](const Api::ApiResult<T>& value) {
            result = value;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!result) {
            loop.exec();
        }
        return result
            ? *result
            : Api::ApiResult<T>(Api::ApiError(Api::ApiError::Band::Timeout, 0, QStringLiteral("test timed out")));
    }

    //! The ids of \a leads, to compare lead sets whatever their order.
    static QSet<QString> idsOf(const QList<Core::Lead>& leads)
    {
        QSet<QString> ids;
        for (const Core::Lead& lead : leads) {
            ids.insert(lead.id);
        }
        return ids;
    }

    SandboxHarness sandbox;
    QNetworkAccessManager network;
    Api::CregoClient client;
    QObject context;
};

} // namespace Crego::Tests
