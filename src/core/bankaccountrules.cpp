// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccountrules.h"

#include "ifscdirectory.h"
#include "validators.h"

namespace Crego::Core {

QStringList BankAccountRules::accountTypes()
{
    return { QStringLiteral("savings"), QStringLiteral("current"), QStringLiteral("overdraft"),
        QStringLiteral("cash_credit") };
}

QString BankAccountRules::accountTypeName(const QString& accountType)
{
    if (accountType == u"savings") {
        return tr("Savings");
    }
    if (accountType == u"current") {
        return tr("Current");
    }
    if (accountType == u"overdraft") {
        return tr("Overdraft (OD)");
    }
    if (accountType == u"cash_credit") {
        return tr("Cash credit (CC)");
    }
    return accountType;
}

FieldErrors BankAccountRules::check(QJsonObject& bank)
{
    FieldErrors errors;
    const auto apply = [&bank, &errors](const QString& field, const ValidationResult& result) {
        if (result.valid) {
            bank.insert(field, result.normalized);
        } else {
            errors.insert(field, result.reason);
        }
    };
    apply(QStringLiteral("account_number"),
        Validators::bankAccountNumber(bank.value(QStringLiteral("account_number")).toString()));
    apply(QStringLiteral("ifsc"), IfscDirectory::instance().check(bank.value(QStringLiteral("ifsc")).toString()));
    const QString holder = bank.value(QStringLiteral("account_holder_name")).toString().trimmed();
    if (holder.size() < 2 || holder.size() > 120) {
        errors.insert(QStringLiteral("account_holder_name"),
            holder.isEmpty() ? tr("Enter the name on the account") : tr("A name has 2 to 120 characters"));
    }
    const QString type = bank.value(QStringLiteral("account_type")).toString();
    if (!type.isEmpty() && !accountTypes().contains(type)) {
        errors.insert(QStringLiteral("account_type"),
            tr("\"%1\" is not an account type; use one of %2").arg(type, accountTypes().join(QStringLiteral(", "))));
    }
    return errors;
}

} // namespace Crego::Core
