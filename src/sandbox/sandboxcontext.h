// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadstore.h"
#include "resourcetable.h"
#include "sandboxdatabase.h"

#include <QDateTime>
#include <QUuid>

namespace Crego::Sandbox {

//! Everything route handlers share: the database and its tables.
struct SandboxContext
{
    explicit SandboxContext(SandboxDatabase& db)
        : database(db)
        , leads(db)
        , applicants(db, QStringLiteral("applicants"))
        , banks(db, QStringLiteral("banks"))
        , addresses(db, QStringLiteral("addresses"))
        , documents(db, QStringLiteral("documents"))
        , serviceAccounts(db, QStringLiteral("service_accounts"))
    { }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static double now() { return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0; }

    SandboxDatabase& database;
    qint64 maxUploadBytes = 0; //!< the largest document file accepted
    LeadStore leads;
    ResourceTable applicants;
    ResourceTable banks;
    ResourceTable addresses;
    ResourceTable documents;
    ResourceTable serviceAccounts;
};

} // namespace Crego::Sandbox
