// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetclass.h"
#include "jsoncodec.h"
#include "leadprogram.h"
#include "linemetrics.h"
#include "testdata.h"

#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;
using Crego::Tests::TestData;

namespace {

LineDetail documentedLine()
{
    Page<LeadProgram> page;
    JsonError error;
    if (!JsonCodec::decodePage(TestData::read(u"get-borrower-line-details.json"_s), page, error)) {
        qFatal("%s", qPrintable(error.toString()));
    }
    return *page.items.first().lineDetail;
}

QDateTime at(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

} // namespace

//! Headroom, utilization, DPD bucket, expiry and the consistency check from a line detail.
class LineMetricsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute_documentedExample()
    {
        const LineMetrics metrics = LineMetrics::compute(documentedLine(), at(u"2025-01-06T00:00:00Z"_s));
        QCOMPARE(metrics.approved(), Money::fromRupees(500000));
        QCOMPARE(metrics.operative(), Money::fromRupees(500000));
        QCOMPARE(metrics.available(), Money::fromRupees(500000));
        QCOMPARE(metrics.used(), Money());
        QCOMPARE(metrics.blocked(), Money());
        QCOMPARE(metrics.utilizationBasisPoints(), 0);
        QCOMPARE(metrics.bucket().code(), u"Current"_s);
        QVERIFY(metrics.isConsistent());
        QVERIFY(!metrics.isExpired());
        QCOMPARE(metrics.daysToExpiry(), std::optional<int>(502)); // 2025-01-06 → 2026-05-23
        QCOMPARE(metrics.expiryText(), u"in 502 days"_s);
    }

    void compute_partlyUsedLine()
    {
        LineDetail line = documentedLine();
        line.principalOutstanding = Money::fromRupees(300000);
        line.pendingDisbursalAmount = Money::fromRupees(50000);
        line.activeLineAmount = Money::fromRupees(150000);
        line.interestOutstanding = Money::fromRupees(4000);
        line.totalOutstanding = Money::fromRupees(304000);
        const LineMetrics metrics = LineMetrics::compute(line, at(u"2025-01-06T00:00:00Z"_s));
        QCOMPARE(metrics.utilizationBasisPoints(), 7000); // (3 L + 0.5 L) / 5 L
        QCOMPARE(metrics.utilizationPercent(), 70.0);
        QVERIFY2(metrics.isConsistent(), qPrintable(metrics.inconsistencies().join(u'\n')));
    }

    void compute_inconsistentFigures_nameWhatDisagrees()
    {
        LineDetail line = documentedLine();
        line.operativeLineAmount = Money::fromRupees(600000);
        line.principalOutstanding = Money::fromRupees(150000);
        line.totalPaid = Money::fromRupees(10);
        line.dpd = 40;
        const LineMetrics metrics = LineMetrics::compute(line, at(u"2025-01-06T00:00:00Z"_s));
        const QStringList problems = metrics.inconsistencies();
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems[0].contains(u"operative line (₹6,00,000) is larger than the approved line (₹5,00,000)"_s));
        QVERIFY(problems[1].contains(u"available line (₹5,00,000)"_s));
        QVERIFY(problems[1].contains(u"pending disbursal (₹4,50,000)"_s));
        QVERIFY(problems[2].contains(u"Total paid (₹10)"_s));
        QVERIFY(problems[3].contains(u"Total outstanding (₹0)"_s));
        QVERIFY(problems[4].contains(u"Peak DPD (0) is lower than current DPD (40)"_s));
    }

    void compute_expiry_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("flag");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("text");
        QTest::newRow("years ahead") << u"2024-05-23T08:00:00Z"_s << false << false << u"in 730 days"_s;
        QTest::newRow("one day") << u"2026-05-22T09:00:00Z"_s << false << false << u"in 1 day"_s;
        QTest::newRow("today before the hour") << u"2026-05-23T07:00:00Z"_s << false << false << u"expires today"_s;
        QTest::newRow("past") << u"2026-05-26T07:00:00Z"_s << false << true << u"expired 3 days ago"_s;
        QTest::newRow("server says expired") << u"2025-01-01T00:00:00Z"_s << true << true << u"expired"_s;
    }

    void compute_expiry()
    {
        QFETCH(QString, now);
        QFETCH(bool, flag);
        QFETCH(bool, expired);
        QFETCH(QString, text);
        LineDetail line = documentedLine();
        line.isExpired = flag;
        const LineMetrics metrics = LineMetrics::compute(line, at(now));
        QCOMPARE(metrics.isExpired(), expired);
        QCOMPARE(metrics.expiryText(), text);
        // The sentence every view shows says so too.
        QCOMPARE(metrics.warnings().contains(u"The line has expired ("_s + text + u")."_s), expired);
    }

    void warnings_holdExpiryAndFiguresThatDisagree()
    {
        LineDetail line = documentedLine();
        QVERIFY(LineMetrics::compute(line, at(u"2024-05-23T08:00:00Z"_s)).warnings().isEmpty());
        line.isHold = true;
        line.activeLineAmount = line.activeLineAmount - Money::fromPaise(100);
        const QStringList warnings = LineMetrics::compute(line, at(u"2026-05-26T07:00:00Z"_s)).warnings();
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings[0], u"The line is on hold: no drawdowns until it is released."_s);
        QCOMPARE(warnings[1], u"The line has expired (expired 3 days ago)."_s);
        QVERIFY(warnings[2].startsWith(u"The available line"_s));
    }

    void dpdBucket_data()
    {
        QTest::addColumn<int>("dpd");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << 0 << u"Current"_s;
        QTest::newRow("1") << 1 << u"SMA-0"_s;
        QTest::newRow("30") << 30 << u"SMA-0"_s;
        QTest::newRow("31") << 31 << u"SMA-1"_s;
        QTest::newRow("60") << 60 << u"SMA-1"_s;
        QTest::newRow("61") << 61 << u"SMA-2"_s;
        QTest::newRow("90") << 90 << u"SMA-2"_s;
        QTest::newRow("91") << 91 << u"NPA"_s;
        QTest::newRow("400") << 400 << u"NPA"_s;
    }

    void dpdBucket()
    {
        QFETCH(int, dpd);
        QFETCH(QString, code);
        const DpdBucket bucket = DpdBucket::fromDays(dpd);
        QCOMPARE(bucket.code(), code);
        QVERIFY(dpd >= bucket.minDays());
        QVERIFY(bucket.maxDays() < 0 || dpd <= bucket.maxDays());
    }

    void assetClass_readsServerCodes()
    {
        QCOMPARE(AssetClass::fromCode(u"STD"_s), AssetClass::Standard);
        QCOMPARE(AssetClass::fromCode(u"SMA-2"_s), AssetClass::Standard);
        QCOMPARE(AssetClass::fromCode(u"sub"_s), AssetClass::SubStandard);
        QCOMPARE(AssetClass::fromCode(u"D2"_s), AssetClass::Doubtful);
        QCOMPARE(AssetClass::fromCode(u"LOSS"_s), AssetClass::Loss);
        QCOMPARE(AssetClass::fromCode(u"XYZ"_s), AssetClass::Unknown);
        QVERIFY(AssetClass::isNonPerforming(AssetClass::Doubtful));
        QVERIFY(!AssetClass::isNonPerforming(AssetClass::Standard));
    }
};

QTEST_GUILESS_MAIN(LineMetricsTest)
#include "linemetrics_test.moc"
