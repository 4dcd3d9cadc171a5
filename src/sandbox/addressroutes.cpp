// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressroutes.h"

#include "address.h"
#include "recordvalidator.h"
#include "referencedata.h"
#include "requestbody.h"
#include "resourceroutes.h"
#include "validators.h"

namespace Crego::Sandbox {

void AddressRoutes::install(SandboxRouter& router, SandboxContext& context)
{
    router.add("GET", QStringLiteral("/v1/crm/addresses/pincode/{pincode}/"), [](const SandboxRequest& request) {
        const Core::ValidationResult checked = Core::Validators::pincode(request.capture(QStringLiteral("pincode")));
        if (!checked.valid) {
            return SandboxResponse::fieldErrors(RequestBody::fieldError(QStringLiteral("pincode"), checked.reason));
        }
        const std::optional<QJsonObject> details = ReferenceData::instance().pincode(checked.normalized);
        return details
            ? SandboxResponse::json(200, *details)
            : SandboxResponse::error(404, tr("Pincode %1 is not in the sandbox's table.").arg(checked.normalized));
    });

    ResourceSpec spec;
    spec.collectionPath = QStringLiteral("/v1/crm/addresses/");
    spec.table = &context.addresses;
    spec.ownerField = QStringLiteral("applicant");
    spec.typeErrors = &RequestBody::typeErrors<Core::Address>;
    spec.validate = &RecordValidator::address;
    spec.enrich = [](QJsonObject& address) {
        const std::optional<QJsonObject> place
            = ReferenceData::instance().pincode(address.value(QStringLiteral("pincode")).toString());
        if (!place) {
            return;
        }
        for (const QString& field : { QStringLiteral("city"), QStringLiteral("district"), QStringLiteral("state") }) {
            if (address.value(field).toString().isEmpty()) {
                address.insert(field, place->value(field));
            }
        }
        if (address.value(QStringLiteral("country")).toString().isEmpty()) {
            address.insert(QStringLiteral("country"), QStringLiteral("India"));
        }
    };
    ResourceRoutes::install(router, context, spec);
}

} // namespace Crego::Sandbox
