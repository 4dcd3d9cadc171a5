// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankroutes.h"

#include "bankaccount.h"
#include "recordvalidator.h"
#include "referencedata.h"
#include "requestbody.h"
#include "resourceroutes.h"
#include "validators.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Crego::Sandbox {

namespace {

//! What the bank "returns" for an account: a stable function of the account, so tests can rely on it.
//! Accounts whose number ends in 0 fail (no such account); the rest match the holder's name closely.
QJsonObject verification(const QJsonObject& bank)
{
    const QString number = bank.value(QStringLiteral("account_number")).toString();
    const QString holder = bank.value(QStringLiteral("account_holder_name")).toString();
    const QByteArray digest = QCryptographicHash::hash(number.toUtf8(), QCryptographicHash::Sha256);
    QJsonObject result = bank;
    if (number.endsWith(u'0')) {
        result.insert(QStringLiteral("verification_status"), QStringLiteral("failed"));
        result.insert(QStringLiteral("name_at_bank"), QString());
        result.insert(QStringLiteral("name_match_score"), 0);
    } else {
        const int score = 70 + quint8(digest.at(0)) % 31;
        result.insert(QStringLiteral("verification_status"), QStringLiteral("verified"));
        result.insert(QStringLiteral("name_at_bank"), score == 100 ? holder.toUpper() : holder.toUpper().remove(u'.'));
        result.insert(QStringLiteral("name_match_score"), score);
    }
    result.insert(QStringLiteral("verified_at"), SandboxContext::now());
    return result;
}

} // namespace

void BankRoutes::install(SandboxRouter& router, SandboxContext& context)
{
    // Before the {id} routes: "ifsc" is not an id.
    router.add("GET", QStringLiteral("/v1/crm/banks/ifsc/{ifsc}/"), [](const SandboxRequest& request) {
        const Core::ValidationResult checked = Core::Validators::ifsc(request.capture(QStringLiteral("ifsc")));
        if (!checked.valid) {
            return SandboxResponse::fieldErrors(RequestBody::fieldError(QStringLiteral("ifsc"), checked.reason));
        }
        const std::optional<QJsonObject> details = ReferenceData::instance().ifsc(checked.normalized);
        return details ? SandboxResponse::json(200, *details)
                       : SandboxResponse::error(404, tr("No bank branch has IFSC %1.").arg(checked.normalized));
    });

    ResourceSpec spec;
    spec.collectionPath = QStringLiteral("/v1/crm/banks/");
    spec.table = &context.banks;
    spec.ownerField = QStringLiteral("applicant");
    spec.typeErrors = &RequestBody::typeErrors<Core::BankAccount>;
    spec.validate = [&context](QJsonObject& bank) {
        QJsonObject errors = RecordValidator::bank(bank);
        // A rule only the server can check: one account number is on one account of a lead.
        const QString number = bank.value(QStringLiteral("account_number")).toString();
        const QString leadId = context.applicants.leadOf(bank.value(QStringLiteral("applicant")).toString());
        for (const QJsonObject& other : context.banks.listByLead(leadId)) {
            if (!errors.contains(QStringLiteral("account_number")) && !number.isEmpty()
                && other.value(QStringLiteral("account_number")).toString() == number
                && other.value(QStringLiteral("id")) != bank.value(QStringLiteral("id"))) {
                errors.insert(QStringLiteral("account_number"),
                    QJsonArray { tr("This account number is already on this lead (%1).")
                                     .arg(other.value(QStringLiteral("account_holder_name")).toString()) });
            }
        }
        return errors;
    };
    spec.readOnlyFields = { QStringLiteral("verification_status"), QStringLiteral("name_at_bank"),
        QStringLiteral("name_match_score"), QStringLiteral("verified_at") };
    spec.enrich = [](QJsonObject& bank) {
        const std::optional<QJsonObject> details
            = ReferenceData::instance().ifsc(bank.value(QStringLiteral("ifsc")).toString());
        if (details) {
            bank.insert(QStringLiteral("bank_name"), details->value(QStringLiteral("bank")));
            bank.insert(QStringLiteral("branch"), details->value(QStringLiteral("branch")));
        }
        if (!bank.contains(QStringLiteral("verification_status"))) {
            bank.insert(QStringLiteral("verification_status"), QStringLiteral("unverified"));
        }
    };
    ResourceRoutes::install(router, context, spec);

    router.add("GET", QStringLiteral("/v1/crm/banks/{id}/verify/"), [&context](const SandboxRequest& request) {
        const QString id = request.capture(QStringLiteral("id"));
        const std::optional<QJsonObject> bank = context.banks.find(id);
        if (!bank) {
            return SandboxResponse::error(404, tr("Not found."));
        }
        const QJsonObject verified = verification(*bank);
        if (!context.database.transaction([&] { return context.banks.update(id, verified); })) {
            return SandboxResponse::error(500, tr("The verification could not be saved."));
        }
        return SandboxResponse::json(200, verified);
    });
}

} // namespace Crego::Sandbox
