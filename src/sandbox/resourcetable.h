// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxdatabase.h"

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Crego::Sandbox {

//! A table of JSON documents that belong to a lead and to an owner (an applicant, or any related record):
//! applicants, banks, addresses, documents and service accounts are all kept this way.
class ResourceTable
{
public:
    ResourceTable(SandboxDatabase& database, const QString& table);

    bool insert(const QString& leadId, const QString& ownerId, const QJsonObject& body);
    std::optional<QJsonObject> find(const QString& id) const;
    //! The lead a row belongs to, or an empty string when there is no such row.
    QString leadOf(const QString& id) const;
    bool update(const QString& id, const QJsonObject& body);
    //! Replaces the row's body and moves it to \a ownerId (a document re-attached to another record).
    bool update(const QString& id, const QString& ownerId, const QJsonObject& body);
    bool remove(const QString& id);
    //! Deletes every row owned by \a ownerId (none is fine).
    bool removeByOwner(const QString& ownerId);
    QList<QJsonObject> listByOwner(const QString& ownerId) const;
    //! Every record of every lead (what a server answers to a list filter it does not know).
    QList<QJsonObject> listAll() const;
    QList<QJsonObject> listByLead(const QString& leadId) const;
    //! Rows of many leads at once, grouped by lead id (for a page of leads).
    QHash<QString, QList<QJsonObject>> listByLeads(const QStringList& leadIds) const;

private:
    QList<QJsonObject> listWhere(const QString& column, const QString& value) const;

    SandboxDatabase& m_database;
    QString m_table;
    std::optional<QSqlQuery> m_insert;
};

} // namespace Crego::Sandbox
