// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcetable.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Crego::Sandbox {

namespace {

QJsonObject parseBody(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString serialize(const QJsonObject& body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

ResourceTable::ResourceTable(SandboxDatabase& database, const QString& table)
    : m_database(database)
    , m_table(table)
{ }

bool ResourceTable::insert(const QString& leadId, const QString& ownerId, const QJsonObject& body)
{
    if (!m_insert) {
        // Prepared once: seeding inserts hundreds of thousands of rows.
        m_insert.emplace(m_database.database());
        m_insert->prepare(
            QStringLiteral("INSERT INTO %1 (id, lead_id, owner_id, created_at, body) VALUES (?, ?, ?, ?, ?)")
                .arg(m_table));
    }
    QSqlQuery& query = *m_insert;
    query.addBindValue(body.value(QStringLiteral("id")).toString());
    query.addBindValue(leadId);
    query.addBindValue(ownerId);
    const QJsonValue created = body.value(QStringLiteral("created_at"));
    query.addBindValue(created.isDouble() ? created.toDouble() : double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    query.addBindValue(serialize(body));
    return query.exec();
}

std::optional<QJsonObject> ResourceTable::find(const QString& id) const
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("SELECT body FROM %1 WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return parseBody(query.value(0));
}

QString ResourceTable::leadOf(const QString& id) const
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("SELECT lead_id FROM %1 WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ResourceTable::update(const QString& id, const QJsonObject& body)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("UPDATE %1 SET body = ? WHERE id = ?").arg(m_table));
    query.addBindValue(serialize(body));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ResourceTable::update(const QString& id, const QString& ownerId, const QJsonObject& body)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("UPDATE %1 SET body = ?, owner_id = ? WHERE id = ?").arg(m_table));
    query.addBindValue(serialize(body));
    query.addBindValue(ownerId);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ResourceTable::remove(const QString& id)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ResourceTable::removeByOwner(const QString& ownerId)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE owner_id = ?").arg(m_table));
    query.addBindValue(ownerId);
    return query.exec();
}

QList<QJsonObject> ResourceTable::listByOwner(const QString& ownerId) const
{
    return listWhere(QStringLiteral("owner_id"), ownerId);
}

QList<QJsonObject> ResourceTable::listByLead(const QString& leadId) const
{
    return listWhere(QStringLiteral("lead_id"), leadId);
}

QList<QJsonObject> ResourceTable::listAll() const
{
    return listWhere(QString(), QString());
}

QList<QJsonObject> ResourceTable::listWhere(const QString& column, const QString& value) const
{
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    if (column.isEmpty()) {
        query.prepare(QStringLiteral("SELECT body FROM %1 ORDER BY created_at, id").arg(m_table));
    } else {
        query.prepare(QStringLiteral("SELECT body FROM %1 WHERE %2 = ? ORDER BY created_at, id").arg(m_table, column));
        query.addBindValue(value);
    }
    QList<QJsonObject> rows;
    if (query.exec()) {
        while (query.next()) {
            rows.append(parseBody(query.value(0)));
        }
    }
    return rows;
}

QHash<QString, QList<QJsonObject>> ResourceTable::listByLeads(const QStringList& leadIds) const
{
    QHash<QString, QList<QJsonObject>> rows;
    if (leadIds.isEmpty()) {
        return rows;
    }
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    const QString placeholders = QStringList(leadIds.size(), QStringLiteral("?")).join(u',');
    query.prepare(QStringLiteral("SELECT lead_id, body FROM %1 WHERE lead_id IN (%2) ORDER BY created_at, id")
                      .arg(m_table, placeholders));
    for (const QString& id : leadIds) {
        query.addBindValue(id);
    }
    if (query.exec()) {
        while (query.next()) {
            rows[query.value(0).toString()].append(parseBody(query.value(1)));
        }
    }
    return rows;
}

} // namespace Crego::Sandbox
