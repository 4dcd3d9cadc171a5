// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadlistquery.h"
#include "leadsummary.h"
#include "sandboxdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace Crego::Sandbox {

//! Programs, leads and lead-programs (the credit lines) in the sandbox database.
class LeadStore
{
public:
    struct ListResult
    {
        qint64 count = 0;
        QList<QJsonObject> leads; //!< lead bodies with `line_summary`
    };

    explicit LeadStore(SandboxDatabase& database);

    //! Stores a program; \a loanDataTemplate is the pricing new leads under it get.
    bool insertProgram(const QJsonObject& program, const QJsonObject& loanDataTemplate);
    std::optional<QJsonObject> program(const QString& id) const;
    QJsonObject loanDataTemplate(const QString& programId) const;
    QString programName(const QString& id) const;
    //! Every program, by name.
    QJsonArray programs() const;

    bool insertLead(const QJsonObject& lead, const LeadSummary& summary, const QString& searchText);
    std::optional<QJsonObject> lead(const QString& id) const;
    bool updateLead(const QString& id, const QJsonObject& lead, const QString& searchText);
    bool removeLead(const QString& id);
    //! Re-derives the list columns after a lead's programs changed.
    bool updateSummary(const QString& leadId, const LeadSummary& summary);
    //! Computes every lead's summary again from its programs (a file from an older sandbox).
    bool refreshSummaries();

    bool insertLeadProgram(const QString& leadId, int position, const QJsonObject& leadProgram);
    //! The lead's programs in the documented shape, each with its program embedded.
    QJsonArray leadPrograms(const QString& leadId) const;
    QHash<QString, QJsonArray> leadProgramsFor(const QStringList& leadIds) const;

    ListResult list(const LeadListQuery& query) const;
    //! What `search` matches: name, ref id, mobile and the applicants' names and PANs, lower-cased.
    static QString searchText(const QJsonObject& lead, const QList<QJsonObject>& applicants);
    qint64 leadCount() const;

private:
    QJsonObject withProgram(QJsonObject leadProgram) const;
    //! A lead body with its `line_summary`, from a row selected with LeadColumns.
    QJsonObject leadFromRow(const QSqlQuery& query) const;

    SandboxDatabase& m_database;
    mutable QHash<QString, QJsonObject> m_programCache;
};

} // namespace Crego::Sandbox
