// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace Crego::Sandbox {

//! The sandbox's SQLite file: opens it, creates the schema, and runs each write as one transaction.
class SandboxDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDatabase)

public:
    explicit SandboxDatabase(const QString& path);
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    bool open(QString* error);
    //! Creates the indexes (after seeding, which is faster without them); a no-op once they exist.
    bool createIndexes(QString* error);
    //! Whether SQLite offers the FTS5 trigram index that `search` uses.
    bool hasFullTextSearch() const { return m_hasFullTextSearch; }
    QSqlDatabase database() const;
    bool isEmpty() const;
    //! Whether the file was written by an older sandbox whose per-lead summaries must be computed again
    //! (before line_count, a lead's amounts were its primary line's only).
    bool summariesStale() const { return m_summariesStale; }
    QString path() const { return m_path; }

    //! Runs \a work in a transaction; commits when it returns true, otherwise rolls everything back.
    template<typename Work> bool transaction(Work&& work)
    {
        QSqlDatabase db = database();
        if (!db.transaction()) {
            return false;
        }
        const bool failInjected = std::exchange(m_failNextTransaction, false);
        if (!work() || failInjected) {
            db.rollback();
            return false;
        }
        return db.commit() || (db.rollback(), false);
    }

    //! Test hook: the next transaction does all its work and then fails, so it must leave nothing behind.
    void failNextTransaction() { m_failNextTransaction = true; }

private:
    bool createSchema(QString* error);

    QString m_path;
    QString m_connectionName;
    bool m_failNextTransaction = false;
    bool m_summariesStale = false;
    bool m_hasFullTextSearch = false;
};

} // namespace Crego::Sandbox
