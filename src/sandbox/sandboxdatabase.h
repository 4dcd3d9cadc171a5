// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
    QSqlDatabase database() const;
    bool isEmpty() const;
    QString path() const { return m_path; }

    //! Runs \a work in a transaction; commits when it returns true, otherwise rolls everything back.
    template<typename Work>
    bool transaction(Work&& work)
    {
        QSqlDatabase db = database();
        if (!db.transaction()) {
            return false;
        }
        if (!work()) {
            db.rollback();
            return false;
        }
        return db.commit() || (db.rollback(), false);
    }

private:
    bool createSchema(QString* error);

    QString m_path;
    QString m_connectionName;
};

} // namespace Crego::Sandbox
