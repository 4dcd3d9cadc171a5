// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsecache.h"

#include "secretbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Crego::Api {

ResponseCache::ResponseCache() = default;

ResponseCache::~ResponseCache()
{
    close();
}

bool ResponseCache::open(const QString& file, const QByteArray& key, QString* error)
{
    close();
    if (key.size() != Core::SecretBox::KeySize) {
        if (error) {
            *error = QStringLiteral("no key to seal the cache with");
        }
        return false;
    }
    const QFileInfo info(file);
    QDir().mkpath(info.absolutePath());
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString connection = QStringLiteral("crego-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(file);
        QSqlQuery create(database);
        if (!database.open()
            || !create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS answers (id BLOB PRIMARY KEY, "
                                           "saved_at INTEGER NOT NULL, body BLOB NOT NULL)"))) {
            if (error) {
                *error = database.lastError().text();
            }
            database.close();
            create = QSqlQuery();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return false;
        }
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    m_connection = connection;
    m_file = file;
    m_key = key;
    return true;
}

void ResponseCache::close()
{
    if (m_connection.isEmpty()) {
        return;
    }
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_key.clear();
    m_bytes = -1;
}

bool ResponseCache::keeps(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::LeadList:
    case Endpoint::GetLead:
    case Endpoint::LeadPrograms:
    case Endpoint::ServiceAccounts:
    case Endpoint::GetApplicant:
    case Endpoint::ApplicantsOfLead:
    case Endpoint::GetBank:
    case Endpoint::BanksOfApplicant:
    case Endpoint::GetDocument:
    case Endpoint::DocumentsOfRelated:
    case Endpoint::GetAddress:
    case Endpoint::AddressesOfApplicant:
    case Endpoint::Programs:
        return true;
    default:
        return false;
    }
}

QByteArray ResponseCache::idOf(const QString& request) const
{
    return Core::SecretBox::keyedHash(request.toUtf8(), m_key);
}

void ResponseCache::put(const QString& request, const QByteArray& body)
{
    if (!isOpen()) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (id, saved_at, body) VALUES (?, ?, ?)"));
    query.addBindValue(idOf(request));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    const QByteArray sealed = Core::SecretBox::seal(body, m_key);
    query.addBindValue(sealed);
    if (!query.exec()) {
        return;
    }
    if (m_bytes < 0) {
        m_bytes = bytes();
    } else {
        m_bytes += sealed.size(); // an answer replaced counts twice until the next count: it only prunes early
    }
    if (m_bytes > m_maxBytes) {
        m_bytes = bytes(); // counted again: replaced answers were counted twice
    }
    if (m_bytes > m_maxBytes) {
        dropOldest();
    }
}

qint64 ResponseCache::bytes() const
{
    if (!isOpen()) {
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT COALESCE(SUM(LENGTH(body)), 0) FROM answers")) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

void ResponseCache::dropOldest()
{
    // Down to three quarters of the limit, so the next answers do not prune again at once.
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(database);
    if (!rows.exec(QStringLiteral("SELECT id, LENGTH(body) FROM answers ORDER BY saved_at DESC"))) {
        return;
    }
    qint64 kept = 0;
    QList<QByteArray> dropped;
    while (rows.next()) {
        kept += rows.value(1).toLongLong();
        if (kept > m_maxBytes * 3 / 4) {
            dropped.append(rows.value(0).toByteArray());
        }
    }
    rows.finish();
    database.transaction();
    QSqlQuery drop(database);
    drop.prepare(QStringLiteral("DELETE FROM answers WHERE id = ?"));
    for (const QByteArray& id : std::as_const(dropped)) {
        drop.addBindValue(id);
        drop.exec();
    }
    database.commit();
    m_bytes = bytes();
}

std::optional<ResponseCache::Entry> ResponseCache::get(const QString& request) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT saved_at, body FROM answers WHERE id = ?"));
    query.addBindValue(idOf(request));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    std::optional<QByteArray> body = Core::SecretBox::open(query.value(1).toByteArray(), m_key);
    if (!body) {
        return std::nullopt; // sealed under another key, or damaged
    }
    return Entry { std::move(*body), QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong()) };
}

int ResponseCache::size() const
{
    if (!isOpen()) {
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM answers")) && query.next() ? query.value(0).toInt() : 0;
}

void ResponseCache::clear()
{
    const QString file = m_file;
    close();
    if (!file.isEmpty()) {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-journal"));
    }
    m_file.clear();
}

} // namespace Crego::Api
