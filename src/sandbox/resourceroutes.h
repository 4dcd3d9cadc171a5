// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "sandboxrouter.h"

#include <QCoreApplication>

#include <functional>

namespace Crego::Sandbox {

//! What differs between the sub-resources of a lead (applicants, banks, addresses) that share one
//! create / get / list / update / delete protocol.
struct ResourceSpec
{
    QString collectionPath; //!< "/v1/crm/banks/"
    ResourceTable* table = nullptr;
    QString ownerField; //!< "lead" (owner is a lead) or "applicant" (owner is an applicant)
    std::function<QJsonObject(const QJsonObject&)> typeErrors;
    std::function<QJsonObject(QJsonObject&)> validate;
    std::function<void(QJsonObject&)> enrich; //!< optional: fill derived fields (bank name from IFSC, ...)
    QStringList readOnlyFields; //!< refused in PATCH
    //! optional, inside the write's transaction; false rolls it back
    std::function<bool(const QString& leadId, QJsonObject& record)> afterWrite;
    //! optional: an error response that stops a delete, or status 0 to go ahead
    std::function<SandboxResponse(const QJsonObject& record)> beforeDelete;
    //! optional, inside the delete's transaction (cascades); false rolls it back
    std::function<bool(const QString& leadId, const QJsonObject& record)> afterDelete;
};

//! Installs the shared protocol for one ResourceSpec: POST collection, GET collection (?lead= or
//! ?<owner>=), GET/PATCH/DELETE one. Each write is one transaction.
class ResourceRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRoutes)

public:
    static void install(SandboxRouter& router, SandboxContext& context, const ResourceSpec& spec);

private:
    static SandboxResponse create(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request);
    static SandboxResponse list(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request);
    static SandboxResponse update(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request);
    static SandboxResponse remove(SandboxContext& context, const ResourceSpec& spec, const SandboxRequest& request);
    //! The lead that owns \a ownerId under \a spec, or empty when the owner does not exist.
    static QString leadOfOwner(SandboxContext& context, const ResourceSpec& spec, const QString& ownerId);
};

} // namespace Crego::Sandbox
