// SPDX-License-Identifier: GPL-3.0-or-later
#include "aadhaarvalidator.h"
#include "gstinvalidator.h"
#include "validators.h"

#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;

using Check = ValidationResult (*)(const QString&);

//! Every validator with real-format valid and invalid values; invalid ones must say why.
class ValidatorsTest : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // normalised value when valid, a word of the reason otherwise
    }

    static void check(Check validate)
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const ValidationResult result = validate(input);
        QCOMPARE(result.valid, valid);
        if (valid) {
            QCOMPARE(result.normalized, expected);
            QVERIFY(result.reason.isEmpty());
        } else {
            QVERIFY2(result.reason.contains(expected, Qt::CaseInsensitive), qPrintable(result.reason));
        }
    }

private Q_SLOTS:
    void pan_data()
    {
        addColumns();
        QTest::newRow("individual") << u"ABCPE1234F"_s << true << u"ABCPE1234F"_s;
        QTest::newRow("lower case and spaces") << u" abcpe1234f "_s << true << u"ABCPE1234F"_s;
        QTest::newRow("company") << u"AABCT1332L"_s << true << u"AABCT1332L"_s;
        QTest::newRow("firm") << u"AAPFU0939F"_s << true << u"AAPFU0939F"_s;
        QTest::newRow("huf") << u"AAAHS1234K"_s << true << u"AAAHS1234K"_s;
        QTest::newRow("empty") << QString() << false << u"Enter the PAN"_s;
        QTest::newRow("short") << u"ABCPE1234"_s << false << u"10 characters"_s;
        QTest::newRow("digits first") << u"1BCPE1234F"_s << false << u"5 letters, 4 digits"_s;
        QTest::newRow("letter in digits") << u"ABCPE12O4F"_s << false << u"5 letters, 4 digits"_s;
        QTest::newRow("digit last") << u"ABCPE12345"_s << false << u"5 letters, 4 digits"_s;
        QTest::newRow("unknown holder type") << u"ABCXE1234F"_s << false << u"holder type"_s;
    }
    void pan() { check(&Validators::pan); }

    void panHolderType_namesTheHolder()
    {
        QCOMPARE(Validators::panHolderType(u'P'), u"Individual"_s);
        QCOMPARE(Validators::panHolderType(u'C'), u"Company"_s);
        QVERIFY(Validators::panHolderType(u'X').isEmpty());
    }

    void ifsc_data()
    {
        addColumns();
        QTest::newRow("SBI") << u"SBIN0005943"_s << true << u"SBIN0005943"_s;
        QTest::newRow("HDFC lower") << u"hdfc0001098"_s << true << u"HDFC0001098"_s;
        QTest::newRow("alnum branch") << u"YESB0CMSNOC"_s << true << u"YESB0CMSNOC"_s;
        QTest::newRow("empty") << QString() << false << u"Enter the IFSC"_s;
        QTest::newRow("short") << u"SBIN000594"_s << false << u"11 characters"_s;
        QTest::newRow("fifth not zero") << u"SBIN1005943"_s << false << u"5th character"_s;
        QTest::newRow("digit in bank code") << u"SB1N0005943"_s << false << u"bank code"_s;
        QTest::newRow("symbol in branch") << u"SBIN00059-3"_s << false << u"last 6"_s;
    }
    void ifsc() { check(&Validators::ifsc); }

    void pincode_data()
    {
        addColumns();
        QTest::newRow("Delhi") << u"110001"_s << true << u"110001"_s;
        QTest::newRow("Bengaluru spaced") << u"560 001"_s << true << u"560001"_s;
        QTest::newRow("APS") << u"900099"_s << true << u"900099"_s;
        QTest::newRow("leading zero") << u"012345"_s << false << u"cannot start with 0"_s;
        QTest::newRow("five digits") << u"11000"_s << false << u"exactly 6 digits"_s;
        QTest::newRow("letters") << u"11000A"_s << false << u"exactly 6 digits"_s;
        QTest::newRow("seven digits") << u"1100011"_s << false << u"exactly 6 digits"_s;
        QTest::newRow("empty") << QString() << false << u"Enter the pincode"_s;
    }
    void pincode() { check(&Validators::pincode); }

    void mobile_data()
    {
        addColumns();
        QTest::newRow("plain") << u"9876543210"_s << true << u"+919876543210"_s;
        QTest::newRow("+91 spaced") << u"+91 98765 43210"_s << true << u"+919876543210"_s;
        QTest::newRow("91 prefix") << u"919876543210"_s << true << u"+919876543210"_s;
        QTest::newRow("0 prefix") << u"09876543210"_s << true << u"+919876543210"_s;
        QTest::newRow("dashes") << u"98765-43210"_s << true << u"+919876543210"_s;
        QTest::newRow("no-break space, pasted") << u"98765\u00a043210"_s << true << u"+919876543210"_s;
        QTest::newRow("Devanagari digits") << u"९८७६५४३२१०"_s << false << u"only digits"_s;
        QTest::newRow("starts with 6") << u"6123456789"_s << true << u"+916123456789"_s;
        QTest::newRow("starts with 5") << u"5123456789"_s << false << u"starts with 6, 7, 8 or 9"_s;
        QTest::newRow("nine digits") << u"987654321"_s << false << u"10 digits"_s;
        QTest::newRow("letters") << u"98765abcde"_s << false << u"only digits"_s;
        QTest::newRow("empty") << QString() << false << u"Enter the mobile"_s;
    }
    void mobile() { check(&Validators::mobile); }

    void email_data()
    {
        addColumns();
        QTest::newRow("simple") << u"ravi.kumar@example.com"_s << true << u"ravi.kumar@example.com"_s;
        QTest::newRow("domain upper") << u"Ravi@Example.CO.IN"_s << true << u"Ravi@example.co.in"_s;
        QTest::newRow("plus") << u"a+b@mail.example.org"_s << true << u"a+b@mail.example.org"_s;
        QTest::newRow("no at") << u"ravi.example.com"_s << false << u"not an email"_s;
        QTest::newRow("no tld") << u"ravi@example"_s << false << u"not an email"_s;
        QTest::newRow("double dot") << u"ravi..k@example.com"_s << false << u"not an email"_s;
        QTest::newRow("space") << u"ravi k@example.com"_s << false << u"not an email"_s;
        QTest::newRow("empty") << QString() << false << u"Enter the email"_s;
    }
    void email() { check(&Validators::email); }

    void bankAccountNumber_data()
    {
        addColumns();
        QTest::newRow("SBI 11") << u"12345678901"_s << true << u"12345678901"_s;
        QTest::newRow("HDFC 14 spaced") << u"5010 0123 4567 89"_s << true << u"50100123456789"_s;
        QTest::newRow("18 digits") << u"123456789012345678"_s << true << u"123456789012345678"_s;
        QTest::newRow("8 digits") << u"12345678"_s << false << u"9 to 18 digits"_s;
        QTest::newRow("19 digits") << u"1234567890123456789"_s << false << u"9 to 18 digits"_s;
        QTest::newRow("letters") << u"12345ABC901"_s << false << u"only digits"_s;
    }
    void bankAccountNumber() { check(&Validators::bankAccountNumber); }

    void masking_showsOnlyTheTail()
    {
        QCOMPARE(Validators::maskAccountNumber(u"50100123456789"_s), u"XXXXXXXXXX6789"_s);
        QCOMPARE(Validators::maskAccountNumber(u"123"_s), u"XXX"_s);
        QCOMPARE(Validators::maskMobile(u"+919876543210"_s), u"+91 98XXXXXX10"_s);
        QCOMPARE(AadhaarValidator::mask(u"2341 2341 2346"_s), u"XXXX XXXX 2346"_s);
    }

    void gstin_data()
    {
        addColumns();
        QTest::newRow("Maharashtra firm") << u"27AAPFU0939F1ZV"_s << true << u"27AAPFU0939F1ZV"_s;
        QTest::newRow("Delhi company lower") << u"07aaacr5055k1z9"_s << true << u"07AAACR5055K1Z9"_s;
        QTest::newRow("Karnataka individual") << u"29ABCPE1234F1Z7"_s << true << u"29ABCPE1234F1Z7"_s;
        QTest::newRow("Tamil Nadu") << u"33AABCT1332L1ZL"_s << true << u"33AABCT1332L1ZL"_s;
        QTest::newRow("bad check character") << u"27AAPFU0939F1ZW"_s << false << u"check character"_s;
        QTest::newRow("transposed") << u"27AAPFU0939F1VZ"_s << false << u"entity number"_s;
        QTest::newRow("unknown state") << u"45AAPFU0939F1ZV"_s << false << u"state code"_s;
        QTest::newRow("bad embedded PAN") << u"27AAPXU0939F1ZV"_s << false << u"PAN"_s;
        QTest::newRow("entity zero") << u"27AAPFU0939F0ZV"_s << false << u"entity number"_s;
        QTest::newRow("short") << u"27AAPFU0939F1Z"_s << false << u"15 characters"_s;
        QTest::newRow("empty") << QString() << false << u"Enter the GSTIN"_s;
    }
    void gstin() { check(&GstinValidator::validate); }

    void gstin_crossChecks()
    {
        QVERIFY(GstinValidator::crossCheckPan(u"27AAPFU0939F1ZV"_s, u"aapfu0939f"_s).isEmpty());
        QVERIFY(GstinValidator::crossCheckPan(u"27AAPFU0939F1ZV"_s, u"ABCPE1234F"_s).contains(u"ABCPE1234F"_s));
        QCOMPARE(GstinValidator::stateName(u"27"_s), u"Maharashtra"_s);
        QCOMPARE(GstinValidator::checkCharacter(u"27AAPFU0939F1Z"_s), QChar(u'V'));
    }

    void aadhaar_data()
    {
        addColumns();
        QTest::newRow("valid spaced") << u"2341 2341 2346"_s << true << u"XXXX XXXX 2346"_s;
        QTest::newRow("valid plain") << u"499187283719"_s << true << u"XXXX XXXX 3719"_s;
        QTest::newRow("valid dashed") << u"8765-4321-0988"_s << true << u"XXXX XXXX 0988"_s;
        QTest::newRow("bad check digit") << u"234123412345"_s << false << u"check digit"_s;
        QTest::newRow("transposed digits") << u"243123412346"_s << false << u"check digit"_s;
        QTest::newRow("starts with 1") << u"134123412346"_s << false << u"cannot start with 0 or 1"_s;
        QTest::newRow("eleven digits") << u"23412341234"_s << false << u"12 digits"_s;
        QTest::newRow("letters") << u"23412341234A"_s << false << u"only digits"_s;
    }
    void aadhaar() { check(&AadhaarValidator::validate); }

    void aadhaar_checkDigitMatchesValidator()
    {
        QCOMPARE(AadhaarValidator::checkDigit(u"23412341234"_s), 6);
        QCOMPARE(AadhaarValidator::checkDigit(u"49918728371"_s), 9);
    }
};

QTEST_GUILESS_MAIN(ValidatorsTest)
#include "validators_test.moc"
