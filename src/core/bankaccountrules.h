// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Crego::Core {

//! What makes a bank account record right, shared by the app's form and the sandbox server: an account
//! number of 9 to 18 digits, an IFSC of a real bank and branch (IfscDirectory), the holder's name and one
//! of the account types. check() normalises the valid values in place.
class BankAccountRules
{
    Q_DECLARE_TR_FUNCTIONS(BankAccountRules)

public:
    //! "savings", "current", "overdraft", "cash_credit".
    static QStringList accountTypes();
    static QString accountTypeName(const QString& accountType);
    static FieldErrors check(QJsonObject& bank);
};

} // namespace Crego::Core
