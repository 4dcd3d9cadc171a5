// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceroutes.h"

#include "requestbody.h"

namespace Crego::Sandbox {

namespace {

SandboxResponse notFound()
{
    return SandboxResponse::error(404, ResourceRoutes::tr("Not found."));
}

//! First non-empty set of errors, in the order checks run.
QJsonObject firstErrors(std::initializer_list<std::function<QJsonObject()>> checks)
{
    for (const auto& check : checks) {
        const QJsonObject errors = check();
        if (!errors.isEmpty()) {
            return errors;
        }
    }
    return {};
}

} // namespace

void ResourceRoutes::install(SandboxRouter& router, SandboxContext& context, const ResourceSpec& spec)
{
    const QString item = spec.collectionPath + QStringLiteral("{id}/");
    router.add("POST", spec.collectionPath,
        [&context, spec](const SandboxRequest& request) { return create(context, spec, request); });
    router.add("GET", spec.collectionPath,
        [&context, spec](const SandboxRequest& request) { return list(context, spec, request); });
    router.add("GET", item, [spec](const SandboxRequest& request) {
        const std::optional<QJsonObject> record = spec.table->find(request.capture(QStringLiteral("id")));
        return record ? SandboxResponse::json(200, *record) : notFound();
    });
    router.add(
        "PATCH", item, [&context, spec](const SandboxRequest& request) { return update(context, spec, request); });
    router.add(
        "DELETE", item, [&context, spec](const SandboxRequest& request) { return remove(context, spec, request); });
}

QString ResourceRoutes::leadOfOwner(SandboxContext& context, const ResourceSpec& spec, const QString& ownerId)
{
    if (ownerId.isEmpty()) {
        return QString();
    }
    if (spec.ownerField == u"lead") {
        return context.leads.lead(ownerId) ? ownerId : QString();
    }
    return context.applicants.leadOf(ownerId);
}

SandboxResponse ResourceRoutes::create(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request)
{
    SandboxResponse error;
    std::optional<QJsonObject> body = RequestBody::object(request, error);
    if (!body) {
        return error;
    }
    QJsonObject record = *body;
    record.remove(QStringLiteral("id"));
    const QString ownerId = record.value(spec.ownerField).toString();
    const QJsonObject errors = firstErrors({
        [&] { return spec.typeErrors(record); },
        [&] {
            if (ownerId.isEmpty()) {
                return RequestBody::fieldError(spec.ownerField, tr("This field is required."));
            }
            return leadOfOwner(context, spec, ownerId).isEmpty() ? RequestBody::fieldError(
                       spec.ownerField, tr("Invalid pk \"%1\" - object does not exist.").arg(ownerId))
                                                                 : QJsonObject();
        },
        [&] { return spec.validate(record); },
    });
    if (!errors.isEmpty()) {
        return SandboxResponse::fieldErrors(errors);
    }
    const QString leadId = leadOfOwner(context, spec, ownerId);
    const double now = SandboxContext::now();
    record.insert(QStringLiteral("id"), SandboxContext::newId());
    record.insert(QStringLiteral("created_at"), now);
    record.insert(QStringLiteral("updated_at"), now);
    if (spec.enrich) {
        spec.enrich(record);
    }
    const bool written = context.database.transaction([&] {
        return spec.table->insert(leadId, ownerId, record) && (!spec.afterWrite || spec.afterWrite(leadId, record));
    });
    return written ? SandboxResponse::json(201, record)
                   : SandboxResponse::error(500, tr("The record could not be saved; nothing was changed."));
}

SandboxResponse ResourceRoutes::list(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request)
{
    Q_UNUSED(context)
    QList<QJsonObject> rows;
    const QString owner = request.queryValue(spec.ownerField);
    const QString lead = request.queryValue(QStringLiteral("lead"));
    if (!owner.isEmpty()) {
        rows = spec.table->listByOwner(owner);
    } else if (!lead.isEmpty()) {
        rows = spec.table->listByLead(lead);
    } else {
        return SandboxResponse::error(400, tr("Filter the list with ?%1= or ?lead=.").arg(spec.ownerField));
    }
    QJsonArray array;
    for (const QJsonObject& row : rows) {
        array.append(row);
    }
    return SandboxResponse::json(200, array);
}

SandboxResponse ResourceRoutes::update(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request)
{
    const QString id = request.capture(QStringLiteral("id"));
    const std::optional<QJsonObject> existing = spec.table->find(id);
    if (!existing) {
        return notFound();
    }
    SandboxResponse error;
    const std::optional<QJsonObject> patch = RequestBody::object(request, error);
    if (!patch) {
        return error;
    }
    for (const QString& field : spec.readOnlyFields + QStringList { QStringLiteral("id"), spec.ownerField }) {
        if (patch->contains(field) && patch->value(field) != existing->value(field)) {
            return SandboxResponse::fieldErrors(
                RequestBody::fieldError(field, tr("This field cannot be changed here.")));
        }
    }
    QJsonObject record = *existing;
    for (auto it = patch->constBegin(); it != patch->constEnd(); ++it) {
        record.insert(it.key(), it.value());
    }
    const QJsonObject errors
        = firstErrors({ [&] { return spec.typeErrors(record); }, [&] { return spec.validate(record); } });
    if (!errors.isEmpty()) {
        return SandboxResponse::fieldErrors(errors);
    }
    record.insert(QStringLiteral("updated_at"), SandboxContext::now());
    if (spec.enrich) {
        spec.enrich(record);
    }
    const QString leadId = spec.table->leadOf(id);
    const bool written = context.database.transaction(
        [&] { return spec.table->update(id, record) && (!spec.afterWrite || spec.afterWrite(leadId, record)); });
    return written ? SandboxResponse::json(200, record)
                   : SandboxResponse::error(500, tr("The record could not be saved; nothing was changed."));
}

SandboxResponse ResourceRoutes::remove(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request)
{
    const QString id = request.capture(QStringLiteral("id"));
    const std::optional<QJsonObject> existing = spec.table->find(id);
    if (!existing) {
        return notFound();
    }
    if (spec.beforeDelete) {
        const SandboxResponse refusal = spec.beforeDelete(*existing);
        if (refusal.status != 0) {
            return refusal;
        }
    }
    const QString leadId = spec.table->leadOf(id);
    QJsonObject record = *existing;
    const bool removed = context.database.transaction(
        [&] { return spec.table->remove(id) && (!spec.afterDelete || spec.afterDelete(leadId, record)); });
    return removed ? SandboxResponse::noContent()
                   : SandboxResponse::error(500, tr("The record could not be deleted; nothing was changed."));
}

} // namespace Crego::Sandbox
