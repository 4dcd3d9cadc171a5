// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"
#include "lead.h"
#include "sandboxharness.h"

#include "../export/readback.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

namespace {

QJsonObject newLeadBody(const QString& programId, const QString& pan = u"ABCPE1234F"_s)
{
    return QJsonObject {
        { u"program_id"_s, programId },
        { u"primary_mobile"_s, u"+91 98765 43210"_s },
        { u"applicants"_s,
            QJsonArray { QJsonObject { { u"name"_s, u"Zubin Engineer"_s }, { u"applicant_type"_s, u"applicant"_s },
                { u"is_primary"_s, true }, { u"pan"_s, pan }, { u"email"_s, u"zubin@example.com"_s } } } },
    };
}

} // namespace

//! The lead endpoints over real HTTP: list, search, filters, ordering, paging, create, get, delete,
//! programs, service accounts, borrower token, export; and the error codes of each.
class LeadsTest : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxHarness m_sandbox { 120, 3 };
    QString m_programId;

    QJsonArray results(const QString& query)
    {
        const Tests::HttpResult result = m_sandbox.get(u"/v1/crm/leads/"_s + query);
        if (result.status != 200) {
            qWarning() << result.status << result.body;
        }
        return result.object().value(u"results"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const QJsonObject first = results(u"?page_size=1"_s).at(0).toObject();
        m_programId = first[u"program_id"_s].toString();
        QVERIFY(!m_programId.isEmpty());
    }

    void list_pages_countAndNext()
    {
        const Tests::HttpResult page1 = m_sandbox.get(u"/v1/crm/leads/?page_size=50"_s);
        QCOMPARE(page1.status, 200);
        QCOMPARE(page1.object()[u"count"_s].toInt(), 120);
        QCOMPARE(page1.object()[u"results"_s].toArray().size(), 50);
        QVERIFY(page1.object()[u"next"_s].toString().contains(u"page=2"_s));
        QVERIFY(page1.object()[u"previous"_s].isNull());
        const QJsonArray page3 = results(u"?page_size=50&page=3"_s);
        QCOMPARE(page3.size(), 20);
        QSet<QString> ids;
        for (int page = 1; page <= 3; ++page) {
            for (const QJsonValue& lead : results(u"?page_size=50&page="_s + QString::number(page))) {
                ids.insert(lead[u"id"_s].toString());
            }
        }
        QCOMPARE(ids.size(), 120); // no lead twice, none missing
        QCOMPARE(results(u"?page_size=1000"_s).size(), 120); // page_size capped at 200, all fit
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/?page_size=500"_s).object()[u"page_size"_s].toInt(), 200);
        QVERIFY(results(u"?page=99"_s).isEmpty());
    }

    void list_decodesWithTheCoreCodec()
    {
        Page<Lead> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(m_sandbox.get(u"/v1/crm/leads/?page_size=10"_s).body, page, error),
            qPrintable(error.toString()));
        QCOMPARE(page.info.totalCount, qint64(120));
        QVERIFY(page.info.hasNext);
        QVERIFY(page.items.first().lineSummary.has_value());
        QVERIFY(!page.items.first().applicants.isEmpty());
    }

    void list_search_matchesNameRefMobileAndPan()
    {
        const QJsonObject lead = results(u"?page_size=1&ordering=name"_s).at(0).toObject();
        const QJsonObject applicant = lead[u"applicants"_s].toArray().at(0).toObject();
        for (const QString& term : { lead[u"name"_s].toString().left(6), lead[u"ref_id"_s].toString(),
                 lead[u"primary_mobile"_s].toString(), applicant[u"pan"_s].toString().toLower() }) {
            const QJsonArray found = results(u"?search="_s + QString::fromUtf8(QUrl::toPercentEncoding(term)));
            QVERIFY2(!found.isEmpty(), qPrintable(term));
            bool containsLead = false;
            for (const QJsonValue& value : found) {
                containsLead = containsLead || value[u"id"_s] == lead[u"id"_s];
            }
            QVERIFY2(containsLead, qPrintable(term));
        }
        QVERIFY(results(u"?search=zzzz-no-such-borrower"_s).isEmpty());
        QVERIFY(results(u"?search=%25"_s).isEmpty()); // a literal %, not a wildcard
    }

    void list_filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << u"status=disbursed"_s << u"status"_s << u"disbursed"_s;
        QTest::newRow("npa") << u"npa_category=STD"_s << u"line_summary.npa_category"_s << u"STD"_s;
        QTest::newRow("product") << u"product_type=term_loan"_s << u"line_summary.program_name"_s
                                 << u"Crego MSME Term Loan"_s;
    }

    void list_filters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const QJsonArray found = results(u"?page_size=200&"_s + query);
        QVERIFY(!found.isEmpty());
        for (const QJsonValue& lead : found) {
            const QStringList path = field.split(u'.');
            const QJsonValue value = path.size() == 1 ? lead[path[0]] : lead[path[0]][path[1]];
            QCOMPARE(value.toString(), expected);
        }
    }

    void list_programAndDpdRange()
    {
        const QJsonArray byProgram = results(u"?page_size=200&program_id="_s + m_programId);
        QVERIFY(!byProgram.isEmpty());
        for (const QJsonValue& lead : byProgram) {
            QCOMPARE(lead[u"program_id"_s].toString(), m_programId);
        }
        const QJsonArray sma1 = results(u"?page_size=200&dpd_min=31&dpd_max=60"_s);
        for (const QJsonValue& lead : sma1) {
            const int dpd = lead[u"line_summary"_s][u"dpd"_s].toInt();
            QVERIFY(dpd >= 31 && dpd <= 60);
        }
        const int all = m_sandbox.get(u"/v1/crm/leads/"_s).object()[u"count"_s].toInt();
        const int current = m_sandbox.get(u"/v1/crm/leads/?dpd_max=0"_s).object()[u"count"_s].toInt();
        const int overdue = m_sandbox.get(u"/v1/crm/leads/?dpd_min=1"_s).object()[u"count"_s].toInt();
        QCOMPARE(current + overdue, all);
        QVERIFY(overdue > 0);
    }

    void list_ordering()
    {
        const QJsonArray byName = results(u"?page_size=200&ordering=name"_s);
        for (qsizetype i = 1; i < byName.size(); ++i) {
            QVERIFY(
                byName[i - 1][u"name"_s].toString().compare(byName[i][u"name"_s].toString(), Qt::CaseInsensitive) <= 0);
        }
        const QJsonArray byOutstanding = results(u"?page_size=200&ordering=-total_outstanding"_s);
        for (qsizetype i = 1; i < byOutstanding.size(); ++i) {
            QVERIFY(byOutstanding[i - 1][u"line_summary"_s][u"total_outstanding"_s].toDouble()
                >= byOutstanding[i][u"line_summary"_s][u"total_outstanding"_s].toDouble());
        }
        const QJsonArray newest = results(u"?page_size=200"_s);
        for (qsizetype i = 1; i < newest.size(); ++i) {
            QVERIFY(newest[i - 1][u"created_at"_s].toDouble() >= newest[i][u"created_at"_s].toDouble());
        }
    }

    void list_badParameters_are400WithTheField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("ordering") << u"ordering=password"_s << u"ordering"_s;
        QTest::newRow("page") << u"page=zero"_s << u"page"_s;
        QTest::newRow("page_size") << u"page_size=-5"_s << u"page_size"_s;
        QTest::newRow("dpd_min") << u"dpd_min=soon"_s << u"dpd_min"_s;
    }

    void list_badParameters_are400WithTheField()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Tests::HttpResult result = m_sandbox.get(u"/v1/crm/leads/?"_s + query);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.object()[field].isArray(), result.body.constData());
    }

    void auth_missingOrWrongToken_is401()
    {
        const Tests::HttpResult missing = m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, u"-"_s);
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.object()[u"detail"_s].toString().contains(u"credentials"_s));
        QCOMPARE(m_sandbox.send("GET", u"/v1/crm/leads/"_s, {}, {}, u"wrong"_s).status, 401);
        QCOMPARE(m_sandbox.send("GET", u"/v1/crm/health/"_s, {}, {}, u"-"_s).status, 200);
    }

    void get_andPrograms_andNotFound()
    {
        const QString id = m_sandbox.firstLeadId();
        const Tests::HttpResult lead = m_sandbox.get(u"/v1/crm/leads/"_s + id + u'/');
        QCOMPARE(lead.status, 200);
        QCOMPARE(lead.object()[u"id"_s].toString(), id);
        const Tests::HttpResult programs = m_sandbox.get(u"/v1/crm/leads/"_s + id + u"/programs/"_s);
        QCOMPARE(programs.status, 200);
        QVERIFY(programs.json().isArray());
        Page<LeadProgram> decoded;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(programs.body, decoded, error), qPrintable(error.toString()));
        QVERIFY(decoded.items.first().program.has_value());
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/no-such-lead/"_s).status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/no-such-lead/programs/"_s).status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/no-such-lead/service_accounts/"_s).status, 404);
    }

    void create_valid_is201AndListed()
    {
        const Tests::HttpResult created = m_sandbox.post(u"/v1/crm/leads/"_s, newLeadBody(m_programId));
        QCOMPARE(created.status, 201);
        Lead lead;
        JsonError error;
        QVERIFY2(JsonCodec::decode(created.body, lead, error), qPrintable(error.toString()));
        QCOMPARE(lead.primaryMobile, u"9876543210"_s);
        QCOMPARE(lead.displayName(), u"Zubin Engineer"_s);
        QCOMPARE(lead.applicants.size(), 1);
        QVERIFY(lead.applicants.first().isPrimary);
        QCOMPARE(lead.applicants.first().pan, u"ABCPE1234F"_s);
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/"_s + lead.id + u'/').status, 200);
        QCOMPARE(results(u"?search=zubin"_s).size(), 1);
        const QJsonArray programs = m_sandbox.get(u"/v1/crm/leads/"_s + lead.id + u"/programs/"_s).array();
        QCOMPARE(programs.size(), 1);
        QCOMPARE(programs[0][u"line_detail"_s][u"approved_line_amount"_s].toInt(), 0);
    }

    void create_invalid_is400OnTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("expected");
        QJsonObject badPan = newLeadBody(m_programId, u"ABCDE12345"_s);
        QTest::newRow("bad PAN")
            << badPan
            << u"{\"applicants\":[{\"pan\":[\"A PAN is 5 letters, 4 digits and a letter, like ABCPE1234F\"]}]}"_s;
        QJsonObject badMobile = newLeadBody(m_programId);
        badMobile[u"primary_mobile"_s] = u"12345"_s;
        QTest::newRow("bad mobile") << badMobile
                                    << u"{\"primary_mobile\":[\"A mobile number has 10 digits; this has 5\"]}"_s;
        QJsonObject wrongType = newLeadBody(m_programId);
        wrongType[u"primary_mobile"_s] = 9876543210.0;
        QTest::newRow("wrong type") << wrongType << u"{\"primary_mobile\":[\"expected string, got number\"]}"_s;
        QTest::newRow("unknown program") << newLeadBody(
            u"nope"_s) << u"{\"program_id\":[\"Invalid pk \\\"nope\\\" - object does not exist.\"]}"_s;
        QJsonObject noApplicants = newLeadBody(m_programId);
        noApplicants.remove(u"applicants"_s);
        QTest::newRow("no applicants") << noApplicants
                                       << u"{\"applicants\":[\"A lead needs at least one applicant.\"]}"_s;
    }

    void create_invalid_is400OnTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, expected);
        const int before = m_sandbox.get(u"/v1/crm/leads/"_s).object()[u"count"_s].toInt();
        const Tests::HttpResult result = m_sandbox.post(u"/v1/crm/leads/"_s, body);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object(), QJsonDocument::fromJson(expected.toUtf8()).object());
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/"_s).object()[u"count"_s].toInt(), before);
    }

    void create_badBodies()
    {
        QCOMPARE(m_sandbox.send("POST", u"/v1/crm/leads/"_s, "{not json").status, 400);
        QCOMPARE(m_sandbox.send("POST", u"/v1/crm/leads/"_s, "[1,2]").status, 400);
        QCOMPARE(m_sandbox.send("POST", u"/v1/crm/leads/"_s, "a=b", "application/x-www-form-urlencoded").status, 415);
        QCOMPARE(m_sandbox.send("POST", u"/v1/crm/leads/"_s, QByteArray(2 * 1024 * 1024, ' ')).status, 413);
    }

    void routing_unknownRouteAndWrongMethod()
    {
        const Tests::HttpResult unknown = m_sandbox.get(u"/v1/crm/nothing/"_s);
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.object().contains(u"detail"_s));
        const Tests::HttpResult wrongMethod = m_sandbox.send("PATCH", u"/v1/crm/leads/"_s, "{}");
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.header("Allow").contains("GET"));
    }

    void delete_is204Then404()
    {
        const QString id = m_sandbox.post(u"/v1/crm/leads/"_s, newLeadBody(m_programId)).object()[u"id"_s].toString();
        const QString applicantId
            = m_sandbox.get(u"/v1/crm/applicants/?lead="_s + id).array().at(0)[u"id"_s].toString();
        QCOMPARE(m_sandbox.remove(u"/v1/crm/leads/"_s + id + u'/').status, 204);
        QCOMPARE(m_sandbox.get(u"/v1/crm/leads/"_s + id + u'/').status, 404);
        QCOMPARE(m_sandbox.remove(u"/v1/crm/leads/"_s + id + u'/').status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/crm/applicants/"_s + applicantId + u'/').status, 404); // cascaded
    }

    void serviceAccounts_sendToService()
    {
        const QString id = m_sandbox.firstLeadId();
        QVERIFY(m_sandbox.get(u"/v1/crm/leads/"_s + id + u"/service_accounts/"_s).array().isEmpty());
        const Tests::HttpResult sent
            = m_sandbox.post(u"/v1/crm/leads/"_s + id + u"/send_to_service/"_s, { { u"service"_s, u"los"_s } });
        QCOMPARE(sent.status, 201);
        QVERIFY(sent.object()[u"account_id"_s].toString().startsWith(u"LOS-"_s));
        QCOMPARE(
            m_sandbox.post(u"/v1/crm/leads/"_s + id + u"/send_to_service/"_s, { { u"service"_s, u"los"_s } }).status,
            409);
        QCOMPARE(
            m_sandbox.post(u"/v1/crm/leads/"_s + id + u"/send_to_service/"_s, { { u"service"_s, u"crm"_s } }).status,
            400);
        QCOMPARE(
            m_sandbox.post(u"/v1/crm/leads/missing/send_to_service/"_s, { { u"service"_s, u"los"_s } }).status, 404);
        const QJsonArray accounts = m_sandbox.get(u"/v1/crm/leads/"_s + id + u"/service_accounts/"_s).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0][u"service"_s].toString(), u"los"_s);
    }

    void borrowerToken_isAPair()
    {
        const Tests::HttpResult token
            = m_sandbox.post(u"/v1/crm/leads/"_s + m_sandbox.firstLeadId() + u"/token/"_s, {});
        QCOMPARE(token.status, 201);
        QVERIFY(token.object()[u"access"_s].toString().size() > 20);
        QVERIFY(token.object()[u"refresh"_s].toString() != token.object()[u"access"_s].toString());
        QCOMPARE(m_sandbox.post(u"/v1/crm/leads/missing/token/"_s, {}).status, 404);
    }

    void downloadExcel_exportsTheFilteredLeads()
    {
        const Tests::HttpResult export_
            = m_sandbox.put(u"/v1/crm/leads/download_excel/"_s, { { u"npa_category"_s, u"STD"_s } });
        QCOMPARE(export_.status, 200);
        QCOMPARE(export_.header("Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        QTemporaryDir folder;
        QFile file(folder.filePath(u"server.xlsx"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(export_.body) == export_.body.size());
        file.close();
        // Read back by openpyxl: the header block, the column titles, then one row per lead of the filter.
        const QJsonArray rows = Tests::Readback::rows(Tests::Readback::cells(file.fileName()), u"Leads"_s);
        QCOMPARE(rows[0][0][u"value"_s].toString(), u"Leads: npa_category: STD"_s);
        QCOMPARE(rows[5][1][u"value"_s].toString(), u"Ref ID"_s);
        QCOMPARE(rows.size() - 6, m_sandbox.get(u"/v1/crm/leads/?npa_category=STD"_s).object()[u"count"_s].toInt());
        QCOMPARE(m_sandbox.put(u"/v1/crm/leads/download_excel/"_s, { { u"ordering"_s, u"nope"_s } }).status, 400);
    }
};

QTEST_GUILESS_MAIN(LeadsTest)
#include "leads_test.moc"
