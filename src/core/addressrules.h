// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Crego::Core {

//! What makes an address record right, shared by the app's form and the sandbox server: its type, the
//! lines' lengths and characters, a valid pincode, the city, and a state that is one of India's 28 states
//! and 8 union territories. check() normalises the valid values in place.
class AddressRules
{
    Q_DECLARE_TR_FUNCTIONS(AddressRules)

public:
    //! "current", "permanent", "office", "registered".
    static QStringList addressTypes();
    static QString addressTypeName(const QString& addressType);
    //! The 28 states, then the 8 union territories, by today's names.
    static QStringList states();
    static FieldErrors check(QJsonObject& address);
};

} // namespace Crego::Core
