// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarraysplitter.h"

#include <QTest>

#include <limits>

using namespace Crego::Core;

//! Finding a long list's elements without parsing them, walked from the start or in two halves at once:
//! the same elements either way, and broken framing refused wherever it is.
class JsonArraySplitterTest : public QObject
{
    Q_OBJECT

    //! The elements' texts, split in halves (\a halves) or in one walk; "broken" when the split refuses.
    static QStringList split(const QByteArray& json, bool halves)
    {
        JsonArraySplitter::setHalvingThreshold(halves ? 0 : std::numeric_limits<size_t>::max());
        std::vector<JsonArraySplitter::Span> spans;
        const bool ok = JsonArraySplitter::split(std::string_view(json.constData(), size_t(json.size())), spans);
        JsonArraySplitter::setHalvingThreshold(JsonArraySplitter::DefaultHalvingThreshold);
        if (!ok) {
            return { QStringLiteral("broken") };
        }
        QStringList texts;
        for (const JsonArraySplitter::Span& span : spans) {
            texts.append(QString::fromUtf8(json.mid(qsizetype(span.begin), qsizetype(span.end - span.begin))));
        }
        return texts;
    }

    //! \a count objects, each with a string of \a text; \a brokenAt's element has its closing brace missing.
    static QByteArray objects(int count, const QByteArray& text = "x", int brokenAt = -1)
    {
        QByteArray json = "[";
        for (int i = 0; i < count; ++i) {
            json += (i ? ", " : "") + QByteArray("{\"id\": ") + QByteArray::number(i) + ", \"s\": \"" + text + '"'
                + (i == brokenAt ? "" : "}");
        }
        return json + "]\n";
    }

private Q_SLOTS:
    void halves_findTheSameElements_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("count");
        QTest::newRow("objects") << objects(101) << 101;
        QTest::newRow("strings holding the guess") << objects(40, "},{\\\"},{") << 40;
        QTest::newRow("nested") << QByteArray("[{\"a\": [{\"b\": {}}, {}]}, {\"c\": \"}, {\"}, [1, {\"d\": 2}], {}]")
                                << 4;
        QTest::newRow("numbers, no objects") << QByteArray("[1, 2.5, -3, true, null, \"s\"]") << 6;
        QTest::newRow("one object") << QByteArray("  [ {\"only\": \"}, {\"} ]  ") << 1;
        QTest::newRow("empty") << QByteArray("[ ]") << 0;
    }
    void halves_findTheSameElements()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, count);
        const QStringList walked = split(json, false);
        QCOMPARE(walked.size(), count);
        QCOMPARE(split(json, true), walked);
    }

    void guessInsideAString_isNotTrusted()
    {
        // The middle of the text falls inside one long string that looks like element boundaries.
        QByteArray filler;
        for (int i = 0; i < 50; ++i) {
            filler += "}, {";
        }
        const QByteArray json = "[{\"a\": 1}, {\"s\": \"" + filler + "\"}, {\"b\": 2}]";
        const QStringList texts = split(json, true);
        QCOMPARE(texts.size(), 3);
        QCOMPARE(texts, split(json, false));
        QVERIFY(texts.at(1).startsWith(QStringLiteral("{\"s\": \"}, {")));
    }

    void brokenFraming_isRefusedInEitherHalf_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("first half") << objects(100, "x", 10);
        QTest::newRow("second half") << objects(100, "x", 90);
        QTest::newRow("last element") << objects(100, "x", 99);
        QTest::newRow("doubled comma late") << objects(100).replace("}, {\"id\": 98", "},, {\"id\": 98");
        QTest::newRow("text after the array") << objects(100) + "x";
        QTest::newRow("never closed") << objects(100).chopped(2);
        QTest::newRow("unterminated string late")
            << objects(100).replace("\"id\": 95, \"s\": \"x\"", "\"id\": 95, \"s\": \"x");
    }
    void brokenFraming_isRefusedInEitherHalf()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(split(json, false), QStringList { QStringLiteral("broken") });
        QCOMPARE(split(json, true), QStringList { QStringLiteral("broken") });
    }
};

QTEST_GUILESS_MAIN(JsonArraySplitterTest)
#include "jsonarraysplitter_test.moc"
