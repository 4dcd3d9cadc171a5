// SPDX-License-Identifier: GPL-3.0-or-later
#include "callstate.h"

#include <QNetworkReply>

namespace Crego::Api {

CallState::CallState(QObject* parent)
    : QObject(parent)
{ }

CallState::~CallState()
{
    if (reply) {
        reply->disconnect(); // a call that dies with its transport reports nothing
        reply->abort();
    }
}

} // namespace Crego::Api
