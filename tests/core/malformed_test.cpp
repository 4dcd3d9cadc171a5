// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarraysplitter.h"
#include "jsoncodec.h"
#include "jsondocumentreader.h"
#include "lead.h"
#include "leadprogram.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Crego::Core;
using namespace Qt::StringLiterals;
using Crego::Tests::TestData;

//! Malformed server bodies: every one is an error message with a reason, none a crash or a silent zero.
//! Every case runs twice: parsed whole, and with each list at the top parsed element by element as long
//! lists are.
class MalformedTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray example() { return TestData::read(u"get-borrower-line-details.json"_s); }
    static QByteArray withReplaced(const QByteArray& from, const QByteArray& to)
    {
        QByteArray bytes = example();
        if (!bytes.contains(from)) {
            qFatal("fixture lacks %s", from.constData());
        }
        return bytes.replace(from, to);
    }

private Q_SLOTS:
    void decodePage_malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");

        const QByteArray whole = example();
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << u"empty"_s;
        QTest::newRow("truncated quarter") << whole.left(whole.size() / 4) << u"malformed"_s;
        QTest::newRow("truncated half") << whole.left(whole.size() / 2) << u"malformed"_s;
        QTest::newRow("truncated three quarters") << whole.left(whole.size() * 3 / 4) << u"malformed"_s;
        QTest::newRow("truncated last bracket") << whole.trimmed().chopped(1) << u"malformed"_s;
        QTest::newRow("truncated string") << QByteArray("[{\"id\": \"abc") << u"malformed"_s;
        QTest::newRow("top-level number") << QByteArray("42") << u"object or an array"_s;
        QTest::newRow("top-level string") << QByteArray(R"("results")") << u"object or an array"_s;
        QTest::newRow("top-level null") << QByteArray("null") << u"object or an array"_s;
        QTest::newRow("array of numbers") << QByteArray("[1, 2]") << u"[0]: expected object, got number"_s;
        QTest::newRow("array of arrays") << QByteArray("[[]]") << u"[0]: expected object, got array"_s;
        QTest::newRow("results not a list")
            << QByteArray(R"({"count": 1, "results": {}})") << u"results: expected array, got object"_s;
        QTest::newRow("count is text") << QByteArray(R"({"count": "many", "results": []})")
                                       << u"count: expected integer, got string"_s;
        QTest::newRow("dpd as string") << withReplaced("\"dpd\": 0", "\"dpd\": \"0\"")
                                       << u"[0].line_detail.dpd: expected integer, got string"_s;
        QTest::newRow("dpd fractional") << withReplaced("\"dpd\": 0", "\"dpd\": 1.5")
                                        << u"[0].line_detail.dpd: expected integer, got 1.5"_s;
        QTest::newRow("dpd null") << withReplaced("\"dpd\": 0", "\"dpd\": null")
                                  << u"[0].line_detail.dpd: missing required field"_s; // null is absent
        QTest::newRow("amount as bool") << withReplaced(
            "\"approved_line_amount\": 500000", "\"approved_line_amount\": true")
                                        << u"[0].line_detail.approved_line_amount: expected number, got boolean"_s;
        QTest::newRow("amount text not numeric")
            << withReplaced("\"approved_line_amount\": 500000", "\"approved_line_amount\": \"5 lakh\"")
            << u"[0].line_detail.approved_line_amount: amount 5 lakh is not a number in range"_s;
        QTest::newRow("amount huge") << withReplaced(
            "\"approved_line_amount\": 500000", "\"approved_line_amount\": 99999999999999999999999")
                                     << u"number is malformed or out of range"_s;
        QTest::newRow("amount 1e400") << withReplaced(
            "\"approved_line_amount\": 500000", "\"approved_line_amount\": 1e400")
                                      << u"number is malformed or out of range"_s;
        QTest::newRow("integer overflow")
            << withReplaced("\"peak_dpd\": 0", "\"peak_dpd\": 9223372036854775808") << u"[0].line_detail.peak_dpd"_s;
        QTest::newRow("int range") << withReplaced("\"peak_dpd\": 0", "\"peak_dpd\": 4294967296")
                                   << u"[0].line_detail.peak_dpd: integer 4294967296 is out of range"_s;
        QTest::newRow("bool as string") << withReplaced("\"is_hold\": false", "\"is_hold\": \"false\"")
                                        << u"[0].line_detail.is_hold: expected boolean, got string"_s;
        QTest::newRow("timestamp as object") << withReplaced("\"line_expiry_date\": 1779523159",
            "\"line_expiry_date\": {}") << u"[0].line_detail.line_expiry_date: expected number, got object"_s;
        QTest::newRow("timestamp as word")
            << withReplaced("\"line_expiry_date\": 1779523159", "\"line_expiry_date\": \"soon\"")
            << u"[0].line_detail.line_expiry_date: soon is not a valid time"_s;
        QTest::newRow("amount null") << withReplaced(
            "\"approved_line_amount\": 500000", "\"approved_line_amount\": null")
                                     << u"[0].line_detail.approved_line_amount: missing required field"_s;
        QTest::newRow("line_detail as list") << withReplaced("\"line_detail\": {", "\"line_detail\": [{")
                                             << u"malformed JSON"_s; // the bracket is never closed
        QTest::newRow("line_detail as array") << withReplaced("\"line_detail\": {", "\"line_detail\": [], \"x\": {")
                                              << u"[0].line_detail: expected object, got array"_s;
        QTest::newRow("slabs as object") << withReplaced("\"roi_value\": [", "\"roi_value\": {}, \"x\": [")
                                         << u"[0].loan_data.roi_value: expected array, got object"_s;
        QTest::newRow("slab days word") << withReplaced("\"days\": \"inf\"", "\"days\": \"never\"")
                                        << u"[0].loan_data.roi_value[0].days"_s;
        QTest::newRow("slabs unclosed") << withReplaced("\"roi_value\": [", "\"roi_value\": {\"x\": [")
                                        << u"malformed JSON"_s;
        QTest::newRow("holdback rate word") << withReplaced("\"holdback_rate\": \"0\"", "\"holdback_rate\": \"zero\"")
                                            << u"[0].loan_data.holdback_rate: \"zero\" is not a number"_s;
        QTest::newRow("tags of numbers") << withReplaced("\"tags\": []", "\"tags\": [1]")
                                         << u"[0].tags[0]: expected string, got number"_s;
        QTest::newRow("non-UTF-8") << withReplaced("CavinKare DF", "Cavin\xff\xfeKare") << u"UTF-8"_s;
        QTest::newRow("overlong UTF-8") << withReplaced("CavinKare DF", "Cavin\xc0\xafKare") << u"UTF-8"_s;
        QTest::newRow("lone surrogate escape") << withReplaced("CavinKare DF", "Cavin\\ud800Kare") << u"malformed"_s;
        QTest::newRow("bad escape") << withReplaced("CavinKare DF", "Cavin\\xKare") << u"malformed"_s;
        QTest::newRow("raw control character") << withReplaced("CavinKare DF", "Cavin\x01Kare") << u"malformed"_s;
        QTest::newRow("single quotes") << QByteArray("[{'id': 'x'}]") << u"malformed"_s;
        QTest::newRow("trailing comma") << QByteArray(R"([{"id": "x",}])") << u"malformed"_s;
        QTest::newRow("NaN") << withReplaced("\"dpd\": 0", "\"dpd\": NaN") << u"malformed"_s;
        QTest::newRow("leading zero") << withReplaced("\"dpd\": 0", "\"dpd\": 01") << u"number is malformed"_s;
        QTest::newRow("comment") << QByteArray("[/* none */]") << u"malformed"_s;
        QTest::newRow("trailing garbage") << whole + " ]" << u"malformed"_s;
        QTest::newRow("two documents") << QByteArray(R"([] [])") << u"malformed"_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << u"nested too deeply"_s;
        QTest::newRow("deep nesting cut short") << QByteArray(100000, '[') << u"malformed"_s;
        QTest::newRow("deep unknown field")
            << QByteArray(R"([{"extra": )") + QByteArray(5000, '[') + QByteArray(5000, ']') + "}]"
            << u"nested too deeply"_s;
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                         << u"response is not JSON; it starts with \"<html><body>502 Bad\""_s;
    }

    void decodePage_malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        Page<LeadProgram> page;
        JsonError error;
        QVERIFY(!JsonCodec::decodePage(json, page, error));
        QVERIFY2(!error.message.isEmpty(), "an error must carry a reason");
        QVERIFY2(error.toString().contains(errorContains), qPrintable(error.toString()));
    }

    void decodePage_brokenBytesAreUnreadable_wrongShapesAreNot()
    {
        // Unreadable bytes (cut short, not JSON) are worth another try; a well-formed answer of the wrong
        // shape is the same the next time. A broken element is never skipped like a wrong-shaped one.
        const QByteArray whole = example();
        const QList<QByteArray> broken { whole.left(whole.size() / 2), whole.trimmed().chopped(1),
            QByteArray("<html>502</html>"), whole + " ]", QByteArray("[{\"id\": \"x\",}]") };
        for (const QByteArray& json : broken) {
            Page<LeadProgram> page;
            JsonError error;
            QVERIFY(!JsonCodec::decodePage(json, page, error));
            QVERIFY2(error.unreadable, qPrintable(error.toString()));
            QVERIFY(page.items.isEmpty() || page.skipped.isEmpty());
        }
        const QList<QByteArray> wrongShape { QByteArray("[1, 2]"), QByteArray(R"({"count": "many", "results": []})"),
            withReplaced("\"dpd\": 0", "\"dpd\": 1.5") };
        for (const QByteArray& json : wrongShape) {
            Page<LeadProgram> page;
            JsonError error;
            QVERIFY(!JsonCodec::decodePage(json, page, error));
            QVERIFY2(!error.unreadable, qPrintable(error.toString()));
        }
    }

    void decodePage_oneWrongRecordAmongGoodOnes_isSkippedAndNamed()
    {
        QJsonArray entries = QJsonDocument::fromJson(example()).array();
        QJsonObject odd = entries.first().toObject();
        odd.insert(u"status"_s, 7);
        entries.append(odd);
        entries.append(entries.first());
        Page<LeadProgram> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(QJsonDocument(entries).toJson(), page, error), qPrintable(error.toString()));
        QCOMPARE(page.items.size(), entries.size() - 1);
        QCOMPARE(page.skipped.size(), 1);
        QVERIFY2(page.skipped.first().toString().startsWith(u"[%1].status"_s.arg(entries.size() - 2)),
            qPrintable(page.skipped.first().toString()));
    }

    void decode_sameBytesWithSpareCapacity_sameResult()
    {
        // Bytes read in place (spare capacity) and bytes copied for padding must decode alike.
        QByteArray roomy = example();
        roomy.reserve(roomy.size() + 128);
        Page<LeadProgram> inPlace;
        Page<LeadProgram> copied;
        JsonError error;
        QVERIFY(JsonCodec::decodePage(roomy, inPlace, error));
        QVERIFY(JsonCodec::decodePage(example(), copied, error));
        QCOMPARE(JsonCodec::encode(inPlace.items.first()), JsonCodec::encode(copied.items.first()));
    }

    void decodePage_longListElementByElement_sameRecordsAsWhole()
    {
        // Strings holding brackets, quotes and backslashes do not end an element early.
        QJsonArray entries = QJsonDocument::fromJson(example()).array();
        QJsonObject tricky = entries.first().toObject();
        tricky.insert(u"ref_id"_s, u"]},[{\"\\"_s);
        entries.append(tricky);
        QJsonObject odd = entries.first().toObject();
        odd.insert(u"status"_s, 7); // skipped and named alike
        entries.append(odd);
        for (int i = 0; i < 40; ++i) {
            entries.append(entries.at(i % 2));
        }
        const QByteArray json = QJsonDocument(entries).toJson(QJsonDocument::Compact);
        Page<LeadProgram> whole;
        Page<LeadProgram> streamed;
        JsonError error;
        JsonDocumentReader::setStreamingThreshold(std::numeric_limits<qsizetype>::max());
        QVERIFY2(JsonCodec::decodePage(json, whole, error), qPrintable(error.toString()));
        JsonDocumentReader::setStreamingThreshold(0);
        QVERIFY2(JsonCodec::decodePage(json, streamed, error), qPrintable(error.toString()));
        JsonDocumentReader::setStreamingThreshold(s_threshold);
        QCOMPARE(streamed.items.size(), entries.size() - 1);
        QCOMPARE(streamed.items.size(), whole.items.size());
        for (qsizetype i = 0; i < whole.items.size(); ++i) {
            QCOMPARE(JsonCodec::encode(streamed.items.at(i)), JsonCodec::encode(whole.items.at(i)));
        }
        QCOMPARE(streamed.items.at(1).refId, u"]},[{\"\\"_s);
        QCOMPARE(streamed.skipped.size(), 1);
        QCOMPARE(streamed.skipped.first().toString(), whole.skipped.first().toString());
    }

    void decodePage_longListWithBrokenElements_namesTheFirst()
    {
        // Read on several threads, a long list still names its first broken element, as read in order.
        QByteArray json = "[";
        for (int i = 0; i < 300; ++i) {
            json += i == 0 ? "" : ",";
            json += i == 70 || i == 250 ? R"({"id": tru})" : R"({"id": "x"})";
        }
        json += ']';
        Page<LeadProgram> page;
        JsonError error;
        JsonDocumentReader::setStreamingThreshold(0);
        QVERIFY(!JsonCodec::decodePage(json, page, error));
        JsonDocumentReader::setStreamingThreshold(s_threshold);
        QVERIFY(error.unreadable);
        QVERIFY2(error.toString().startsWith(u"[70]"_s), qPrintable(error.toString()));
    }

public:
    //! The threshold this run uses (see main()).
    static inline qsizetype s_threshold = 1024 * 1024;
};

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    MalformedTest whole;
    int failures = QTest::qExec(&whole, argc, argv);
    MalformedTest::s_threshold = 0; // every list at the top element by element, split in two halves
    JsonDocumentReader::setStreamingThreshold(0);
    JsonArraySplitter::setHalvingThreshold(0);
    MalformedTest streamed;
    failures += QTest::qExec(&streamed, argc, argv);
    return failures;
}

#include "malformed_test.moc"
