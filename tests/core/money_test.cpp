// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"
#include "moneyformatter.h"
#include "moneyparser.h"

#include <QTest>

#include <limits>

using namespace Crego::Core;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 TwoTo53 = qint64(1) << 53;
}

//! Exact paise, Indian grouping, compact lakh/crore, and reading what people type.
class MoneyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("compact");

        QTest::newRow("zero") << qint64(0) << u"₹0"_s << u"0"_s << u"₹0"_s;
        QTest::newRow("one paisa") << qint64(1) << u"₹0.01"_s << u"0.01"_s << u"₹0"_s;
        QTest::newRow("hundreds") << qint64(99900) << u"₹999"_s << u"999"_s << u"₹999"_s;
        QTest::newRow("thousands") << qint64(4500000) << u"₹45,000"_s << u"45,000"_s << u"₹45,000"_s;
        QTest::newRow("five lakh") << qint64(50000000) << u"₹5,00,000"_s << u"5,00,000"_s << u"₹5 L"_s;
        QTest::newRow("with paise") << qint64(123456750) << u"₹12,34,567.50"_s << u"12,34,567.50"_s << u"₹12.35 L"_s;
        QTest::newRow("twelve and a half lakh")
            << qint64(125000000) << u"₹12,50,000"_s << u"12,50,000"_s << u"₹12.5 L"_s;
        QTest::newRow("just under a crore") << qint64(999999900) << u"₹99,99,999"_s << u"99,99,999"_s << u"₹1 Cr"_s;
        QTest::newRow("one and a quarter crore")
            << qint64(1250000000) << u"₹1,25,00,000"_s << u"1,25,00,000"_s << u"₹1.25 Cr"_s;
        QTest::newRow("thousand crore") << qint64(1000000000000) << u"₹10,00,00,00,000"_s << u"10,00,00,00,000"_s
                                        << u"₹1,000 Cr"_s;
        QTest::newRow("negative") << qint64(-500000) << u"-₹5,000"_s << u"-5,000"_s << u"-₹5,000"_s;
        QTest::newRow("negative crore") << qint64(-1250000000) << u"-₹1,25,00,000"_s << u"-1,25,00,000"_s
                                        << u"-₹1.25 Cr"_s;
        QTest::newRow("2^53 paise") << TwoTo53 << u"₹9,00,71,99,25,47,409.92"_s << u"9,00,71,99,25,47,409.92"_s
                                    << u"₹90,07,199.25 Cr"_s;
        QTest::newRow("2^53+1 paise") << TwoTo53 + 1 << u"₹9,00,71,99,25,47,409.93"_s << u"9,00,71,99,25,47,409.93"_s
                                      << u"₹90,07,199.25 Cr"_s;
        QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"₹92,23,37,20,36,85,47,758.07"_s
                                 << u"92,23,37,20,36,85,47,758.07"_s << u"₹9,22,33,72,036.85 Cr"_s;
        QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << u"-₹92,23,37,20,36,85,47,758.08"_s
                                  << u"-92,23,37,20,36,85,47,758.08"_s << u"-₹9,22,33,72,036.85 Cr"_s;
    }

    void format()
    {
        QFETCH(qint64, paise);
        QFETCH(QString, full);
        QFETCH(QString, number);
        QFETCH(QString, compact);
        const Money amount = Money::fromPaise(paise);
        QCOMPARE(MoneyFormatter::format(amount), full);
        QCOMPARE(MoneyFormatter::formatNumber(amount), number);
        QCOMPARE(MoneyFormatter::formatCompact(amount), compact);
    }

    void fromDecimalText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("paise");

        QTest::newRow("integer") << QByteArray("500000") << true << qint64(50000000);
        QTest::newRow("decimal") << QByteArray("26586.26") << true << qint64(2658626);
        QTest::newRow("float artefact rounds") << QByteArray("36673.740000000005") << true << qint64(3667374);
        QTest::newRow("half rounds away") << QByteArray("0.005") << true << qint64(1);
        QTest::newRow("negative half rounds away") << QByteArray("-0.005") << true << qint64(-1);
        QTest::newRow("zero point zero") << QByteArray("0.0") << true << qint64(0);
        QTest::newRow("exponent") << QByteArray("1.25e7") << true << qint64(1250000000);
        QTest::newRow("negative exponent") << QByteArray("5E-1") << true << qint64(50);
        QTest::newRow("2^53 paise") << QByteArray("90071992547409.92") << true << TwoTo53;
        QTest::newRow("2^53+1 paise exact") << QByteArray("90071992547409.93") << true << TwoTo53 + 1;
        QTest::newRow("largest") << QByteArray("92233720368547758.07") << true << std::numeric_limits<qint64>::max();
        QTest::newRow("overflow") << QByteArray("92233720368547758.08") << false << qint64(0);
        QTest::newRow("huge") << QByteArray("1e30") << false << qint64(0);
        QTest::newRow("empty") << QByteArray("") << false << qint64(0);
        QTest::newRow("letters") << QByteArray("12a") << false << qint64(0);
        QTest::newRow("two points") << QByteArray("1.2.3") << false << qint64(0);
    }

    void fromDecimalText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, paise);
        const std::optional<Money> money = Money::fromDecimalText(text, Money::Rounding::HalfAwayFromZero);
        QCOMPARE(money.has_value(), ok);
        if (ok) {
            QCOMPARE(money->paise(), paise);
        }
    }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("allowNegative");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("plain") << u"500000"_s << false << true << qint64(50000000) << QString();
        QTest::newRow("indian commas") << u"5,00,000"_s << false << true << qint64(50000000) << QString();
        QTest::newRow("western commas") << u"500,000"_s << false << true << qint64(50000000) << QString();
        QTest::newRow("rupee sign and paise") << u"₹ 12,34,567.50"_s << false << true << qint64(123456750) << QString();
        QTest::newRow("Rs prefix") << u"Rs. 2500"_s << false << true << qint64(250000) << QString();
        QTest::newRow("lakh") << u"5 lakh"_s << false << true << qint64(50000000) << QString();
        QTest::newRow("lakhs no space") << u"2.5lakhs"_s << false << true << qint64(25000000) << QString();
        QTest::newRow("L") << u"12.5 L"_s << false << true << qint64(125000000) << QString();
        QTest::newRow("crore") << u"1.25 cr"_s << false << true << qint64(1250000000) << QString();
        QTest::newRow("Crore capital") << u"3 Crore"_s << false << true << qint64(3000000000) << QString();
        QTest::newRow("k") << u"50k"_s << false << true << qint64(5000000) << QString();
        QTest::newRow("zero") << u"0"_s << false << true << qint64(0) << QString();
        QTest::newRow("negative allowed") << u"-1,000"_s << true << true << qint64(-100000) << QString();
        QTest::newRow("negative refused") << u"-1,000"_s << false << false << qint64(0) << u"negative"_s;
        QTest::newRow("empty") << u"  "_s << false << false << qint64(0) << u"Enter an amount"_s;
        QTest::newRow("letters") << u"five"_s << false << false << qint64(0) << u"not an amount"_s;
        QTest::newRow("three decimals") << u"10.123"_s << false << false << qint64(0) << u"two decimal"_s;
        QTest::newRow("sub-paisa crore") << u"1.0000000001 cr"_s << false << false << qint64(0) << u"paisa"_s;
        QTest::newRow("unknown unit") << u"5 million"_s << false << false << qint64(0) << u"Unknown unit"_s;
        QTest::newRow("double comma") << u"5,,000"_s << false << false << qint64(0) << u"commas"_s;
        QTest::newRow("too large") << u"99999999999999999999"_s << false << false << qint64(0) << u"too large"_s;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, allowNegative);
        QFETCH(bool, ok);
        QFETCH(qint64, paise);
        QFETCH(QString, errorContains);
        const MoneyParser::Result result = MoneyParser::parse(
            input, allowNegative ? MoneyParser::Sign::AllowNegative : MoneyParser::Sign::PositiveOnly);
        QCOMPARE(result.amount.has_value(), ok);
        if (ok) {
            QCOMPARE(result.amount->paise(), paise);
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY2(result.error.contains(errorContains, Qt::CaseInsensitive), qPrintable(result.error));
        }
    }

    void arithmetic_staysExact()
    {
        // 0.1 + 0.2 in rupees is exactly 0.3: no floating point anywhere.
        const Money sum = *Money::fromDecimalText("0.1", Money::Rounding::Exact)
            + *Money::fromDecimalText("0.2", Money::Rounding::Exact);
        QCOMPARE(sum, *Money::fromDecimalText("0.3", Money::Rounding::Exact));
        QCOMPARE((Money::fromRupees(10) - Money::fromPaise(1)).paise(), qint64(999));
    }

    void toJson_wholeRupeesAreIntegers()
    {
        QCOMPARE(Money::fromRupees(500000).toJson(), QJsonValue(qint64(500000)));
        QCOMPARE(Money::fromPaise(2658626).toJson().toDouble(), 26586.26);
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "money_test.moc"
