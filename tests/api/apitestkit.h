// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apitransport.h"
#include "cregoclient.h"
#include "sandboxharness.h"
#include "session.h"

#include <QEventLoop>
#include <QSet>
#include <QTimer>

namespace Crego::Tests {

//! A session (and its client) signed in to a SandboxHarness, and a way to wait for a typed call's result.
class ApiTestKit
{
public:
    explicit ApiTestKit(int leads = 30, quint32 seed = 21)
        : sandbox(leads, seed)
        , client(*session.client())
    {
        session.setKeychainEnabled(false); // tests never touch the user's keychain
    }

    bool start()
    {
        if (!sandbox.start()) {
            return false;
        }
        const auto profile = Api::ConnectionProfile::sandbox(sandbox.server().baseUrl());
        session.setSandboxProfile(profile);
        session.transport().setRetryDelays({ 20, 50, 100 });
        return session.open(profile, sandbox.server().token());
    }

    //! Another session at \a url with \a token, whose calls fail at once instead of waiting for sign-in.
    static std::unique_ptr<Api::Session> stranger(const QUrl& url, const QString& token)
    {
        Api::Session::CallPolicy policy;
        policy.holdForSignIn = false;
        policy.retryDelaysMs.clear();
        auto session = std::make_unique<Api::Session>(policy);
        session->setKeychainEnabled(false);
        session->open(Api::ConnectionProfile::custom(url), token);
        return session;
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
    Api::Session session;
    Api::CregoClient& client;
    QObject context;
};

} // namespace Crego::Tests
