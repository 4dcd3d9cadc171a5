// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Crego::Sandbox {

namespace {

// Each resource row keeps its JSON document in `body`; the other columns exist to filter, sort and join.
const char* const Schema[] = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA cache_size = -65536",
    "CREATE TABLE IF NOT EXISTS programs (id TEXT PRIMARY KEY, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS leads ("
    " id TEXT PRIMARY KEY, ref_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL COLLATE NOCASE,"
    " search TEXT NOT NULL, status TEXT NOT NULL, program_id TEXT NOT NULL, product_type TEXT NOT NULL,"
    " approved INTEGER NOT NULL DEFAULT 0, operative INTEGER NOT NULL DEFAULT 0,"
    " available INTEGER NOT NULL DEFAULT 0, total_outstanding INTEGER NOT NULL DEFAULT 0,"
    " dpd INTEGER NOT NULL DEFAULT 0, npa_category TEXT NOT NULL DEFAULT 'STD',"
    " line_count INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS lead_programs (id TEXT PRIMARY KEY,"
    " lead_id TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE, program_id TEXT NOT NULL,"
    " position INTEGER NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents_content (id TEXT PRIMARY KEY, content BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, lead_id TEXT NOT NULL, kind TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Created after seeding: filling indexed tables row by row is several times slower.
const char* const Indexes[] = {
    "CREATE INDEX IF NOT EXISTS leads_created ON leads(created_at, id)",
    "CREATE INDEX IF NOT EXISTS leads_name ON leads(name, id)",
    "CREATE INDEX IF NOT EXISTS leads_outstanding ON leads(total_outstanding, id)",
    "CREATE INDEX IF NOT EXISTS leads_approved ON leads(approved, id)",
    "CREATE INDEX IF NOT EXISTS leads_available ON leads(available, id)",
    // Covers the other filters too, so a DPD range combined with them is counted from the index alone.
    "CREATE INDEX IF NOT EXISTS leads_dpd ON leads(dpd, product_type, npa_category, status, program_id, created_at)",
    "CREATE INDEX IF NOT EXISTS leads_status ON leads(status, created_at)",
    "CREATE INDEX IF NOT EXISTS leads_program ON leads(program_id, created_at)",
    "CREATE INDEX IF NOT EXISTS leads_npa ON leads(npa_category, created_at)",
    "CREATE INDEX IF NOT EXISTS leads_product ON leads(product_type, created_at)",
    "CREATE INDEX IF NOT EXISTS lead_programs_lead ON lead_programs(lead_id, position)",
    "ANALYZE",
};

// Applicants, banks, addresses, documents and service accounts share one shape.
const char* const ResourceTables[] = { "applicants", "banks", "addresses", "documents", "service_accounts" };

} // namespace

SandboxDatabase::SandboxDatabase(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("crego-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SandboxDatabase::~SandboxDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SandboxDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = tr("Cannot open the sandbox database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return createSchema(error);
}

bool SandboxDatabase::createSchema(QString* error)
{
    QSqlQuery query(database());
    QStringList statements;
    for (const char* statement : Schema) {
        statements.append(QString::fromLatin1(statement));
    }
    for (const char* table : ResourceTables) {
        const QString name = QString::fromLatin1(table);
        statements.append(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY,"
                                         " lead_id TEXT NOT NULL REFERENCES leads(id) ON DELETE CASCADE,"
                                         " owner_id TEXT NOT NULL, created_at REAL NOT NULL, body TEXT NOT NULL)")
                              .arg(name));
    }
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("Cannot create the sandbox schema: %1").arg(query.lastError().text());
            return false;
        }
    }
    if (!query.exec(QStringLiteral("SELECT line_count FROM leads LIMIT 1"))) {
        if (!query.exec(QStringLiteral("ALTER TABLE leads ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0"))) {
            *error = tr("Cannot update the sandbox schema: %1").arg(query.lastError().text());
            return false;
        }
        m_summariesStale = true;
    }
    // Trigram full-text index for `search` (SQLite 3.34+ with FTS5); without it search scans the table.
    m_hasFullTextSearch = query.exec(
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS leads_search USING fts5(search, tokenize = 'trigram')"));
    return true;
}

bool SandboxDatabase::createIndexes(QString* error)
{
    QSqlQuery query(database());
    QStringList statements;
    for (const char* table : ResourceTables) {
        const QString name = QString::fromLatin1(table);
        statements.append(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_lead ON %1(lead_id, created_at)").arg(name));
        statements.append(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_owner ON %1(owner_id, created_at)").arg(name));
    }
    for (const char* statement : Indexes) {
        statements.append(QString::fromLatin1(statement));
    }
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("Cannot create the sandbox indexes: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool SandboxDatabase::isEmpty() const
{
    QSqlQuery query(database());
    return !query.exec(QStringLiteral("SELECT 1 FROM programs LIMIT 1")) || !query.next();
}

} // namespace Crego::Sandbox
