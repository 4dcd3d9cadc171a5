// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoidentity.h"
#include "demolinefactory.h"
#include "leadstore.h"
#include "resourcetable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace Crego::Sandbox {

//! Fills an empty sandbox with a deterministic, realistic portfolio: programs from a few anchors, and
//! leads with applicants, banks, addresses, documents and credit lines in every stage and bucket.
class PortfolioSeeder
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioSeeder)

public:
    struct Tables
    {
        LeadStore& leads;
        ResourceTable& applicants;
        ResourceTable& banks;
        ResourceTable& addresses;
        ResourceTable& documents;
    };

    PortfolioSeeder(SandboxDatabase& database, Tables tables, quint32 seed, const QDateTime& now);

    //! Seeds \a leadCount leads in one transaction; nothing is written when it fails.
    bool seed(int leadCount, QString* error);

private:
    bool seedLead(int index);
    QList<DemoLineFactory::Profile> profilesFor(int index);
    QJsonArray leadPrograms(
        const QList<DemoLineFactory::Profile>& profiles, const QString& leadId, double createdAt, const QString& refId);
    QJsonObject applicant(const QString& leadId, const QString& type, bool primary, double createdAt,
        const DemoIdentity::Person& person, const QString& entityType, const QString& businessName,
        const CityInfo& city);
    bool seedApplicantRecords(const QString& leadId, const QJsonObject& applicant, const CityInfo& city, bool business);

    SandboxDatabase& m_database;
    Tables m_tables;
    QRandomGenerator m_random;
    DemoIdentity m_identity;
    DemoLineFactory m_lines;
    QDateTime m_now;
    QList<QJsonObject> m_programs;
    QList<QJsonObject> m_loanData;
};

} // namespace Crego::Sandbox
