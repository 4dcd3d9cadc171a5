// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp.h"

#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! Epoch seconds with fractions become UTC date-times in milliseconds, and go back unchanged.
class TimestampTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEpochText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<QString>("iso");

        QTest::newRow("milliseconds") << QByteArray("1716451159.041") << qint64(1716451159041)
                                      << u"2024-05-23T07:59:19.041Z"_s;
        QTest::newRow("microseconds round")
            << QByteArray("1715418698.393342") << qint64(1715418698393) << u"2024-05-11T09:11:38.393Z"_s;
        QTest::newRow("seven digits round up")
            << QByteArray("1738925013.9997077") << qint64(1738925014000) << u"2025-02-07T10:43:34.000Z"_s;
        QTest::newRow("integer") << QByteArray("1779523159") << qint64(1779523159000) << u"2026-05-23T07:59:19.000Z"_s;
        QTest::newRow("exponent") << QByteArray("1.7e9") << qint64(1700000000000) << u"2023-11-14T22:13:20.000Z"_s;
        QTest::newRow("epoch") << QByteArray("0") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    }

    void fromEpochText()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, msecs);
        QFETCH(QString, iso);
        const std::optional<Timestamp> timestamp = Timestamp::fromEpochText(text);
        QVERIFY(timestamp.has_value());
        QCOMPARE(timestamp->msecsSinceEpoch(), msecs);
        QCOMPARE(timestamp->toUtc().timeSpec(), Qt::UTC);
        QCOMPARE(timestamp->toUtc().toString(Qt::ISODateWithMs), iso);
        // Written back, the JSON number is the one received.
        QCOMPARE(timestamp->toJson().toDouble(), text.toDouble());
    }

    void fromEpochText_rejectsNonsense()
    {
        QVERIFY(!Timestamp::fromEpochText("abc"));
        QVERIFY(!Timestamp::fromEpochText("1e300"));
        QVERIFY(!Timestamp::fromEpochText(""));
    }

    void fromIsoString_keepsIsoOnWriteBack()
    {
        const auto timestamp = Timestamp::fromIsoString(u"2025-03-16T13:31:14.842Z"_s);
        QVERIFY(timestamp.has_value());
        QCOMPARE(timestamp->msecsSinceEpoch(), qint64(1742131874842));
        QCOMPARE(timestamp->toJson().toString(), u"2025-03-16T13:31:14.842Z"_s);
        QVERIFY(!Timestamp::fromIsoString(u"yesterday"_s));
    }

    void fromDateTime_roundTripsThroughSeconds()
    {
        const QDateTime local = QDateTime(QDate(2024, 5, 23), QTime(13, 29, 19, 41), Qt::OffsetFromUTC, 19800);
        const Timestamp timestamp = Timestamp::fromDateTime(local);
        QCOMPARE(timestamp.toUtc(), local.toUTC());
        QCOMPARE(timestamp.epochSeconds(), 1716451159.041);
        QVERIFY(Timestamp().isNull());
        QVERIFY(Timestamp().toJson().isNull());
    }
};

QTEST_GUILESS_MAIN(TimestampTest)
#include "timestamp_test.moc"
