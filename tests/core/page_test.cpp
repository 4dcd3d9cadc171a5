// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"
#include "lead.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;
using Crego::Tests::TestData;

namespace {

//! The documented LMS settlement, as far as these tests need it.
struct Settlement : JsonRecord
{
    QString id;
    Money amount;
    Money remainingAmount;
    int dpd = 0;

    static const ObjectSchema<Settlement>& jsonSchema()
    {
        static const ObjectSchema<Settlement> schema = [] {
            ObjectSchema<Settlement> s;
            s.field("id", &Settlement::id)
                .field("amount", &Settlement::amount)
                .field("remaining_amount", &Settlement::remainingAmount)
                .field("dpd", &Settlement::dpd);
            return s;
        }();
        return schema;
    }
};

// Plain literals rather than raw strings: moc 6.4 loses track of multi-line raw strings.
const QByteArray TwoLeads = "[{\"id\": \"a\", \"program_id\": \"p\", \"primary_mobile\": \"9876543210\", "
                            "\"name\": \"Asha Traders\"}, "
                            "{\"id\": \"b\", \"program_id\": \"p\", \"primary_mobile\": \"9876543211\", "
                            "\"name\": \"Bharat Stores\"}]";

} // namespace

//! The three list shapes (bare array, count/results page, Omni page) decode to the same Page.
class PageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodePage_shapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("shape");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("currentPage");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("hasNext");
        QTest::addColumn<int>("nextPage");

        QTest::newRow("bare array") << TwoLeads << int(PageInfo::Shape::BareArray) << qint64(2) << 1 << 2 << false << 0;
        QTest::newRow("count/results, more to come")
            << QByteArray(R"({"count": 5, "current_page": 1, "page_size": 2, "next": "https:\/\/x\/?page=2",
                              "previous": null, "results": )"
                   + TwoLeads + "}")
            << int(PageInfo::Shape::CountResults) << qint64(5) << 1 << 2 << true << 2;
        QTest::newRow("count/results, last page without next")
            << QByteArray(R"({"count": 4, "current_page": 2, "page_size": 2, "results": )" + TwoLeads + "}")
            << int(PageInfo::Shape::CountResults) << qint64(4) << 2 << 2 << false << 0;
        QTest::newRow("count/results, inferred next")
            << QByteArray(R"({"results": )" + TwoLeads + R"(, "count": 9, "current_page": 2, "page_size": 2})")
            << int(PageInfo::Shape::CountResults) << qint64(9) << 2 << 2 << true << 3;
        QTest::newRow("omni") << QByteArray(
            R"({"count": 6, "total_pages": 3, "current_page": 2, "has_previous": true, "has_next": true,
                              "previous_page": 1, "next_page": 3, "results": )"
            + TwoLeads + "}") << int(PageInfo::Shape::Omni)
                              << qint64(6) << 2 << 2 << true << 3;
        QTest::newRow("omni last") << QByteArray(
            R"({"count": 6, "total_pages": 3, "current_page": 3, "has_previous": true, "has_next": false,
                              "previous_page": 2, "next_page": null, "results": )"
            + TwoLeads + "}") << int(PageInfo::Shape::Omni)
                                   << qint64(6) << 3 << 2 << false << 0;
    }

    void decodePage_shapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, shape);
        QFETCH(qint64, total);
        QFETCH(int, currentPage);
        QFETCH(int, pageSize);
        QFETCH(bool, hasNext);
        QFETCH(int, nextPage);

        Page<Lead> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(json, page, error), qPrintable(error.toString()));
        QCOMPARE(int(page.info.shape), shape);
        QCOMPARE(page.info.totalCount, total);
        QCOMPARE(page.info.currentPage, currentPage);
        QCOMPARE(page.info.pageSize, pageSize);
        QCOMPARE(page.info.hasNext, hasNext);
        QCOMPARE(page.info.nextPage, nextPage);
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].displayName(), u"Asha Traders"_s);
        QCOMPARE(page.items[1].primaryMobile, u"9876543211"_s);
    }

    void decodePage_documentedLmsSettlements()
    {
        Page<Settlement> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(TestData::read(u"lms-settlements-page.json"_s), page, error),
            qPrintable(error.toString()));
        QCOMPARE(page.info.totalCount, qint64(1));
        QCOMPARE(page.info.pageSize, 15);
        QVERIFY(!page.info.hasNext);
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items[0].amount, Money::fromPaise(2658626));
        QCOMPARE(page.items[0].remainingAmount, Money::fromPaise(3667374));
        QCOMPARE(page.items[0].id, u"1df20a9d-4401-40aa-afcd-bb402a664d77"_s);
    }

    void decodePage_errorInsideResults_namesTheElement()
    {
        Page<Lead> page;
        JsonError error;
        QVERIFY(!JsonCodec::decodePage(
            R"({"count": 1, "results": [{"program_id": "p", "primary_mobile": 98765}]})", page, error));
        QCOMPARE(error.toString(), u"results[0].primary_mobile: expected string, got number"_s);
    }

    void decodePage_oneUnreadableElement_isLeftOutAndCounted()
    {
        Page<Lead> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage("{\"count\": 3, \"results\": [{\"id\": \"a\"}, "
                                       "{\"id\": \"b\", \"primary_mobile\": 98765}, {\"id\": \"c\"}]}",
                     page, error),
            qPrintable(error.toString()));
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].id, u"a"_s);
        QCOMPARE(page.items[1].id, u"c"_s);
        QCOMPARE(page.skipped.size(), 1);
        QCOMPARE(page.skipped[0].toString(), u"results[1].primary_mobile: expected string, got number"_s);
        QCOMPARE(page.info.totalCount, qint64(3));
    }

    //! Texts up to an id's length are shared between the records of a page: each must still come back exactly
    //! as sent, however alike (the same first bytes, lengths either side of the limit, Devanagari), and a
    //! repeated id is kept once.
    void decodePage_textsComeBackAsSent_andRepeatedIdsAreKeptOnce()
    {
        QStringList names;
        for (int i = 0; i < 600; ++i) {
            // 1 to 45 bytes: from short codes to past a UUID's 36, many alike but for their last characters.
            const QString base = (i % 3 == 0) ? u"आशा ट्रेडर्स"_s : u"Asha Traders and Sons of Chennai"_s;
            names.append(QString(base + QString::number(i)).left(1 + i % 45));
        }
        const QString programId = u"6788f287-c670-46b9-8ec9-48cc351ab2bc"_s;
        QByteArray json = "[";
        for (int i = 0; i < names.size(); ++i) {
            json += (i > 0 ? ", " : "")
                + QJsonDocument(QJsonObject { { u"id"_s, u"lead-%1"_s.arg(i) }, { u"program_id"_s, programId },
                                    { u"name"_s, names.at(i) } })
                      .toJson(QJsonDocument::Compact);
        }
        json += "]";

        Page<Lead> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(json, page, error), qPrintable(error.toString()));
        QCOMPARE(page.items.size(), names.size());
        QSet<const QChar*> programIdCopies;
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(page.items[i].name, names.at(i));
            QCOMPARE(page.items[i].id, u"lead-%1"_s.arg(i));
            QCOMPARE(page.items[i].programId, programId);
            programIdCopies.insert(page.items[i].programId.constData());
        }
        // A text seen once can take a repeated one's place now and then (the table is small): a few copies.
        QVERIFY2(programIdCopies.size() <= names.size() / 20, qPrintable(QString::number(programIdCopies.size())));
    }

    void decode_stockServerShapes_areRead()
    {
        // A draft lead: nulls where nothing is known yet, tags as objects, times in milliseconds and ISO 8601.
        const QByteArray json = "{\"id\": \"d\", \"name\": null, \"program_id\": null, \"primary_mobile\": null, "
                                "\"tags\": [{\"id\": 7, \"name\": \"vip\"}, \"priority\", null], "
                                "\"created_at\": 1716451159041, \"updated_at\": \"2025-03-16T13:31:14.842Z\", "
                                "\"applicants\": [{\"id\": \"x\", \"name\": null, \"is_primary\": null}]}";
        Lead lead;
        JsonError error;
        QVERIFY2(JsonCodec::decode(json, lead, error), qPrintable(error.toString()));
        QVERIFY(lead.programId.isEmpty());
        QCOMPARE(lead.tags, QStringList({ u"vip"_s, u"priority"_s }));
        QCOMPARE(lead.createdAt.msecsSinceEpoch(), qint64(1716451159041));
        QCOMPARE(lead.updatedAt.toUtc(), QDateTime(QDate(2025, 3, 16), QTime(13, 31, 14, 842), Qt::UTC));
        QCOMPARE(lead.applicants.size(), 1);
        QVERIFY(lead.applicants[0].name.isEmpty());
        QVERIFY(!lead.applicants[0].isPrimary);
    }

    void decodePage_objectWithoutResults_fails()
    {
        Page<Lead> page;
        JsonError error;
        QVERIFY(!JsonCodec::decodePage(R"({"count": 1})", page, error));
        QVERIFY(error.toString().contains(u"results"_s));
    }
};

QTEST_GUILESS_MAIN(PageTest)
#include "page_test.moc"
