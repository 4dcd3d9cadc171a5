// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicantroutes.h"

#include "applicant.h"
#include "recordvalidator.h"
#include "requestbody.h"
#include "resourceroutes.h"

namespace Crego::Sandbox {

bool ApplicantRoutes::refreshLead(SandboxContext& context, const QString& leadId)
{
    std::optional<QJsonObject> lead = context.leads.lead(leadId);
    if (!lead) {
        return true; // the lead itself is going away
    }
    lead->remove(QStringLiteral("line_summary"));
    return context.leads.updateLead(leadId, *lead, LeadStore::searchText(*lead, context.applicants.listByLead(leadId)));
}

bool ApplicantRoutes::makePrimary(SandboxContext& context, const QString& leadId, const QString& applicantId)
{
    QString primaryMobile;
    for (QJsonObject applicant : context.applicants.listByLead(leadId)) {
        const bool primary = applicant.value(QStringLiteral("id")).toString() == applicantId;
        if (primary) {
            primaryMobile = applicant.value(QStringLiteral("mobile")).toString();
        }
        if (applicant.value(QStringLiteral("is_primary")).toBool() == primary) {
            continue;
        }
        applicant.insert(QStringLiteral("is_primary"), primary);
        applicant.insert(QStringLiteral("updated_at"), SandboxContext::now());
        if (!context.applicants.update(applicant.value(QStringLiteral("id")).toString(), applicant)) {
            return false;
        }
    }
    std::optional<QJsonObject> lead = context.leads.lead(leadId);
    if (lead && primaryMobile.startsWith(QStringLiteral("+91"))) {
        lead->remove(QStringLiteral("line_summary"));
        lead->insert(QStringLiteral("primary_mobile"), primaryMobile.mid(3));
        lead->insert(QStringLiteral("updated_at"), SandboxContext::now());
        return context.leads.updateLead(
            leadId, *lead, LeadStore::searchText(*lead, context.applicants.listByLead(leadId)));
    }
    return refreshLead(context, leadId);
}

void ApplicantRoutes::install(SandboxRouter& router, SandboxContext& context)
{
    ResourceSpec spec;
    spec.collectionPath = QStringLiteral("/v1/crm/applicants/");
    spec.table = &context.applicants;
    spec.ownerField = QStringLiteral("lead");
    spec.typeErrors = &RequestBody::typeErrors<Core::Applicant>;
    spec.validate = &RecordValidator::applicant;
    spec.readOnlyFields = { QStringLiteral("is_primary") };
    spec.afterWrite = [&context](const QString& leadId, QJsonObject& applicant) {
        const QList<QJsonObject> applicants = context.applicants.listByLead(leadId);
        const bool hasPrimary
            = std::any_of(applicants.cbegin(), applicants.cend(), [&applicant](const QJsonObject& other) {
                  return other.value(QStringLiteral("is_primary")).toBool()
                      && other.value(QStringLiteral("id")) != applicant.value(QStringLiteral("id"));
              });
        if (applicant.value(QStringLiteral("is_primary")).toBool() || !hasPrimary) {
            applicant.insert(QStringLiteral("is_primary"), true);
            return makePrimary(context, leadId, applicant.value(QStringLiteral("id")).toString());
        }
        return refreshLead(context, leadId);
    };
    spec.beforeDelete = [](const QJsonObject& applicant) {
        if (applicant.value(QStringLiteral("is_primary")).toBool()) {
            return SandboxResponse::error(
                400, tr("The primary applicant cannot be deleted; mark another applicant as primary first."));
        }
        return SandboxResponse { 0, {}, {}, {} };
    };
    spec.afterDelete = [&context](const QString& leadId, const QJsonObject& applicant) {
        const QString id = applicant.value(QStringLiteral("id")).toString();
        return context.banks.removeByOwner(id) && context.addresses.removeByOwner(id)
            && context.documents.removeByOwner(id) && refreshLead(context, leadId);
    };
    ResourceRoutes::install(router, context, spec);

    router.add(
        "PUT", QStringLiteral("/v1/crm/applicants/{id}/mark_primary/"), [&context](const SandboxRequest& request) {
            const QString id = request.capture(QStringLiteral("id"));
            const QString leadId = context.applicants.leadOf(id);
            if (leadId.isEmpty()) {
                return SandboxResponse::error(404, tr("Not found."));
            }
            if (!context.database.transaction([&] { return makePrimary(context, leadId, id); })) {
                return SandboxResponse::error(
                    500, tr("The primary applicant could not be changed; nothing was changed."));
            }
            return SandboxResponse::json(200, *context.applicants.find(id));
        });
}

} // namespace Crego::Sandbox
