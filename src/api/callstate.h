// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace Crego::Api {

class ApiCall;

//! The transport's own record of one call in progress: the reply of the current attempt, the retry timer
//! and whether the call was cancelled. It is the parent of the caller's ApiCall handle; deleting it aborts
//! the reply without reporting anything.
class CallState final : public QObject
{
public:
    explicit CallState(QObject* parent);
    ~CallState() override;

    ApiCall* call = nullptr;
    QPointer<QNetworkReply> reply;
    QTimer* retryTimer = nullptr;
    bool cancelled = false;
};

} // namespace Crego::Api
