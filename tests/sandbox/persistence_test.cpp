// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxharness.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Data survives a restart, and a write that fails leaves nothing half-written.
class PersistenceTest : public QObject
{
    Q_OBJECT

private:
    static QJsonObject leadBody(const QString& programId, const QString& name)
    {
        return QJsonObject { { u"program_id"_s, programId }, { u"primary_mobile"_s, u"9812345678"_s },
            { u"applicants"_s,
                QJsonArray { QJsonObject { { u"name"_s, name }, { u"is_primary"_s, true } },
                    QJsonObject { { u"name"_s, QString(name + u" Junior"_s) } } } } };
    }

    static int count(Tests::SandboxHarness& sandbox, const QString& query = QString())
    {
        return sandbox.get(u"/v1/crm/leads/"_s + query).object()[u"count"_s].toInt();
    }

private Q_SLOTS:
    void restart_keepsDataAndDoesNotReseed()
    {
        Tests::SandboxHarness sandbox(20, 4);
        QVERIFY(sandbox.start());
        QVERIFY(sandbox.server().seedingMs() > 0 || count(sandbox) == 20);
        const QString programId
            = sandbox.get(u"/v1/crm/leads/?page_size=1"_s).object()[u"results"_s][0][u"program_id"_s].toString();
        const QString deleted = sandbox.firstLeadId(); // a seeded lead
        const QString id
            = sandbox.post(u"/v1/crm/leads/"_s, leadBody(programId, u"Restart Traders"_s)).object()[u"id"_s].toString();
        QVERIFY(!id.isEmpty() && id != deleted);
        QCOMPARE(sandbox.remove(u"/v1/crm/leads/"_s + deleted + u'/').status, 204);

        sandbox.stop();
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.server().seedingMs(), qint64(0));
        QCOMPARE(count(sandbox), 20);
        const Tests::HttpResult kept = sandbox.get(u"/v1/crm/leads/"_s + id + u'/');
        QVERIFY2(kept.status == 200, kept.body.constData());
        QCOMPARE(kept.object()[u"name"_s].toString(), u"Restart Traders"_s);
        QCOMPARE(sandbox.get(u"/v1/crm/leads/"_s + deleted + u'/').status, 404);
    }

    void olderFile_getsItsLeadTotalsComputedAgain()
    {
        Tests::SandboxHarness sandbox(30, 4);
        QVERIFY(sandbox.start());
        const QString query = u"/v1/crm/leads/?page_size=30&ordering=created_at"_s;
        const QJsonArray before = sandbox.get(query).object()[u"results"_s].toArray();
        sandbox.stop();
        {
            // As a sandbox before line_count left it: no such column, a lead's amounts its primary line's.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(sandbox.dataFile());
            QVERIFY(db.open());
            QSqlQuery sql(db);
            QVERIFY(sql.exec(u"UPDATE leads SET approved = 1, total_outstanding = 1"_s));
            QVERIFY(sql.exec(u"DROP INDEX IF EXISTS leads_outstanding"_s));
            QVERIFY(sql.exec(u"DROP INDEX IF EXISTS leads_approved"_s));
            QVERIFY2(sql.exec(u"ALTER TABLE leads DROP COLUMN line_count"_s), qPrintable(sql.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        QVERIFY(sandbox.start());
        const QJsonArray after = sandbox.get(query).object()[u"results"_s].toArray();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i][u"line_summary"_s], before[i][u"line_summary"_s]);
        }
    }

    void failedWrite_leavesNothingBehind()
    {
        Tests::SandboxHarness sandbox(10, 4);
        QVERIFY(sandbox.start());
        const QString programId
            = sandbox.get(u"/v1/crm/leads/?page_size=1"_s).object()[u"results"_s][0][u"program_id"_s].toString();
        const int before = count(sandbox);

        QCOMPARE(sandbox.put(u"/sandbox/fail-next-write/"_s).status, 204);
        const Tests::HttpResult failed = sandbox.post(u"/v1/crm/leads/"_s, leadBody(programId, u"Halfway Agencies"_s));
        QCOMPARE(failed.status, 500);
        QCOMPARE(count(sandbox), before);
        QCOMPARE(count(sandbox, u"?search=halfway"_s), 0);

        // A failed delete keeps the lead and everything under it.
        const QString id = sandbox.firstLeadId();
        const int applicants = int(sandbox.get(u"/v1/crm/applicants/?lead="_s + id).array().size());
        QCOMPARE(sandbox.put(u"/sandbox/fail-next-write/"_s).status, 204);
        QCOMPARE(sandbox.remove(u"/v1/crm/leads/"_s + id + u'/').status, 500);
        QCOMPARE(sandbox.get(u"/v1/crm/leads/"_s + id + u'/').status, 200);
        QCOMPARE(int(sandbox.get(u"/v1/crm/applicants/?lead="_s + id).array().size()), applicants);

        // And the next write works again.
        QCOMPARE(sandbox.post(u"/v1/crm/leads/"_s, leadBody(programId, u"Whole Agencies"_s)).status, 201);
        QCOMPARE(count(sandbox), before + 1);
    }
};

QTEST_GUILESS_MAIN(PersistenceTest)
#include "persistence_test.moc"
