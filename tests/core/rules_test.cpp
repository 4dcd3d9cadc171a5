// SPDX-License-Identifier: GPL-3.0-or-later
#include "aadhaarvalidator.h"
#include "addressrules.h"
#include "applicantrules.h"
#include "bankaccountrules.h"
#include "documentrules.h"
#include "gstinvalidator.h"
#include "ifscdirectory.h"
#include "secretbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! The record rules the forms and the sandbox share, the offline IFSC directory, and draft encryption.
class RulesTest : public QObject
{
    Q_OBJECT

private:
    static QString gstinFor(const QString& pan)
    {
        const QString first14 = u"27"_s + pan + u"1Z"_s;
        return first14 + GstinValidator::checkCharacter(first14);
    }
    static QJsonObject individual()
    {
        return { { u"name"_s, u"Asha Rao"_s }, { u"entity_type"_s, u"individual"_s }, { u"pan"_s, u"abcpr1234f"_s },
            { u"mobile"_s, u"98765 43210"_s }, { u"dob"_s, u"1985-04-23"_s } };
    }

private Q_SLOTS:
    void ifscDirectory_knowsRealBanksAndBranches()
    {
        const IfscDirectory& directory = IfscDirectory::instance();
        QVERIFY(directory.isLoaded());
        QVERIFY(directory.bankCount() > 200);
        QVERIFY(directory.check(u"hdfc0000001"_s).valid);
        QCOMPARE(directory.check(u"hdfc0000001"_s).normalized, u"HDFC0000001"_s);
        QVERIFY(directory.check(u"BARB0AAMBUR"_s).valid); // a branch code with letters
        const ValidationResult unknownBank = directory.check(u"ABCD0000001"_s);
        QVERIFY(!unknownBank.valid);
        QVERIFY2(unknownBank.reason.contains(u"No bank uses the code ABCD"_s), qPrintable(unknownBank.reason));
        const ValidationResult unknownBranch = directory.check(u"HDFC0000066"_s);
        QVERIFY(!unknownBranch.valid);
        QVERIFY2(unknownBranch.reason.contains(u"HDFC Bank has no branch 000066"_s), qPrintable(unknownBranch.reason));
        QVERIFY(!directory.check(u"HDFC1000001"_s).valid); // the format check still comes first
        QCOMPARE(directory.bankName(u"sbin"_s), u"State Bank of India"_s);
        const QStringList branches = directory.branches(u"IDIB"_s, 3);
        QCOMPARE(branches.size(), 3);
        for (const QString& code : branches) {
            QVERIFY(directory.check(code).valid);
        }
    }

    void applicant_validIndividual_isNormalised()
    {
        QJsonObject applicant = individual();
        QVERIFY(ApplicantRules::check(applicant, QDate(2026, 11, 30)).isEmpty());
        QCOMPARE(applicant[u"pan"_s].toString(), u"ABCPR1234F"_s);
        QCOMPARE(applicant[u"mobile"_s].toString(), u"+919876543210"_s);
    }

    void applicant_panMustFitEntityType()
    {
        QJsonObject applicant = individual();
        applicant.insert(u"pan"_s, u"AAACR1234C"_s); // a company's PAN
        const FieldErrors errors = ApplicantRules::check(applicant, QDate(2026, 11, 30));
        QVERIFY2(errors.value(u"pan"_s).contains(u"Company"_s), qPrintable(errors.value(u"pan"_s)));
        applicant.insert(u"entity_type"_s, u"company"_s);
        QVERIFY(!ApplicantRules::check(applicant, QDate(2026, 11, 30)).contains(u"pan"_s));
    }

    void applicant_gstinOnlyForBusinessesAndCarriesThePan()
    {
        QJsonObject applicant { { u"name"_s, u"Rao Traders"_s }, { u"entity_type"_s, u"proprietorship"_s },
            { u"pan"_s, u"ABCPR1234F"_s }, { u"gstin"_s, gstinFor(u"ABCPR1234F"_s) } };
        QVERIFY(ApplicantRules::check(applicant).isEmpty());
        applicant.insert(u"gstin"_s, gstinFor(u"ABCPR9999F"_s));
        QVERIFY(ApplicantRules::check(applicant).value(u"gstin"_s).contains(u"PAN"_s));
        QJsonObject person = individual();
        person.insert(u"gstin"_s, gstinFor(u"ABCPR1234F"_s));
        QVERIFY(ApplicantRules::check(person).value(u"gstin"_s).contains(u"business"_s));
    }

    void applicant_ageBetween18And100ForIndividuals()
    {
        QJsonObject applicant = individual();
        applicant.insert(u"dob"_s, u"2009-01-01"_s);
        QVERIFY(ApplicantRules::check(applicant, QDate(2026, 11, 30)).value(u"dob"_s).contains(u"17"_s));
        applicant.insert(u"dob"_s, u"1920-01-01"_s);
        QVERIFY(ApplicantRules::check(applicant, QDate(2026, 11, 30)).contains(u"dob"_s));
        applicant.insert(u"dob"_s, u"2008-11-30"_s); // 18 today
        QVERIFY(!ApplicantRules::check(applicant, QDate(2026, 11, 30)).contains(u"dob"_s));
    }

    void applicant_aadhaarKeptAsLastFourOnly()
    {
        const QString first11 = u"23412341234"_s;
        const QString full = first11 + QString::number(AadhaarValidator::checkDigit(first11));
        QJsonObject applicant = individual();
        applicant.insert(u"aadhaar_masked"_s, full);
        QVERIFY(ApplicantRules::check(applicant).isEmpty());
        QCOMPARE(applicant[u"aadhaar_masked"_s].toString(), u"XXXX XXXX "_s + full.right(4));
        QVERIFY(!applicant[u"aadhaar_masked"_s].toString().contains(first11));
        applicant.insert(u"aadhaar_masked"_s, u"1234"_s);
        QVERIFY(ApplicantRules::check(applicant).isEmpty());
        QCOMPARE(applicant[u"aadhaar_masked"_s].toString(), u"XXXX XXXX 1234"_s);
        const QString wrongCheck = first11 + QString::number((AadhaarValidator::checkDigit(first11) + 1) % 10);
        applicant.insert(u"aadhaar_masked"_s, wrongCheck);
        QVERIFY(ApplicantRules::check(applicant).value(u"aadhaar_masked"_s).contains(u"check digit"_s));
    }

    void bank_rules()
    {
        QJsonObject bank { { u"account_number"_s, u"1234 5678 901"_s }, { u"ifsc"_s, u"sbin0000001"_s },
            { u"account_holder_name"_s, u"Asha Rao"_s }, { u"account_type"_s, u"savings"_s } };
        QVERIFY(BankAccountRules::check(bank).isEmpty());
        QCOMPARE(bank[u"account_number"_s].toString(), u"12345678901"_s);
        QCOMPARE(bank[u"ifsc"_s].toString(), u"SBIN0000001"_s);
        bank.insert(u"ifsc"_s, u"ABCD0000001"_s);
        bank.insert(u"account_number"_s, u"1234"_s);
        bank.insert(u"account_type"_s, u"fixed"_s);
        const FieldErrors errors = BankAccountRules::check(bank);
        QVERIFY(errors.value(u"ifsc"_s).contains(u"ABCD"_s));
        QVERIFY(errors.value(u"account_number"_s).contains(u"9 to 18"_s));
        QVERIFY(errors.contains(u"account_type"_s));
    }

    void address_rules()
    {
        QJsonObject address { { u"address_type"_s, u"current"_s }, { u"address_line"_s, u"  14, Usman Road  "_s },
            { u"city"_s, u"Chennai"_s }, { u"state"_s, u"Tamil Nadu"_s }, { u"pincode"_s, u"600 017"_s } };
        QVERIFY(AddressRules::check(address).isEmpty());
        QCOMPARE(address[u"address_line"_s].toString(), u"14, Usman Road"_s);
        QCOMPARE(address[u"pincode"_s].toString(), u"600017"_s);
        QCOMPARE(AddressRules::states().size(), 36); // 28 states and 8 union territories
        address.insert(u"state"_s, u"Madras"_s);
        address.insert(u"address_line"_s, u"14"_s);
        address.insert(u"landmark"_s, u"Near <script>"_s);
        address.insert(u"pincode"_s, u"060017"_s);
        address.insert(u"address_type"_s, u"warehouse"_s);
        const FieldErrors errors = AddressRules::check(address);
        QVERIFY(errors.value(u"state"_s).contains(u"Madras"_s));
        QVERIFY(errors.value(u"address_line"_s).contains(u"5 to 200"_s));
        QVERIFY(errors.contains(u"landmark"_s));
        QVERIFY(errors.value(u"pincode"_s).contains(u"start with 0"_s));
        QVERIFY(errors.contains(u"address_type"_s));
    }

    void document_metadataRules()
    {
        QJsonObject good { { u"document_type"_s, u"bank_statement"_s }, { u"name"_s, u"  Statement Apr.pdf "_s },
            { u"notes"_s, u"Six months"_s }, { u"related_model"_s, u"bank"_s }, { u"related_model_id"_s, u"b1"_s } };
        QVERIFY(DocumentRules::check(good).isEmpty());
        QCOMPARE(good[u"name"_s].toString(), u"Statement Apr.pdf"_s);
        QJsonObject bad { { u"document_type"_s, u"selfie"_s }, { u"name"_s, u"a/b"_s },
            { u"notes"_s, QString(1001, u'x') }, { u"related_model"_s, u"loan"_s } };
        const FieldErrors errors = DocumentRules::check(bad);
        QCOMPARE(errors.keys(), QStringList({ u"document_type"_s, u"name"_s, u"notes"_s, u"related_model_id"_s }));
        QCOMPARE(DocumentRules::documentTypeName(u"aadhaar"_s), u"Aadhaar (masked)"_s);
        QCOMPARE(DocumentRules::guessType(u"PAN_Asha Rao.pdf"_s), u"pan"_s);
        QCOMPARE(DocumentRules::guessType(u"hdfc-statement-apr.pdf"_s), u"bank_statement"_s);
        QCOMPARE(DocumentRules::guessType(u"company-invoice-17.pdf"_s), u"invoice"_s);
        QCOMPARE(DocumentRules::guessType(u"shop front.JPG"_s), u"photo"_s);
        QCOMPARE(DocumentRules::guessType(u"scan0001.pdf"_s), u"other"_s);
    }

    void document_filesCheckedByContentAndSize()
    {
        QTemporaryDir directory;
        const auto write = [&directory](const QString& name, const QByteArray& data) {
            QFile file(directory.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(data);
            return file.fileName();
        };
        QString type;
        QVERIFY(DocumentRules::checkFile(write(u"a.pdf"_s, "%PDF-1.4\n%%EOF\n"), 1024, &type).isEmpty());
        QCOMPARE(type, u"application/pdf"_s);
        QVERIFY(DocumentRules::checkFile(write(u"notes.txt"_s, "Collected at the branch\n"), 1024, &type).isEmpty());
        QCOMPARE(type, u"text/plain"_s);
        // A zip named .pdf: its content decides.
        const QString zip = DocumentRules::checkFile(
            write(u"statement.pdf"_s, QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + QByteArray(64, '\1')), 1024);
        QVERIFY2(zip.contains(u"only PDF, PNG, JPEG, TIFF and plain-text"_s), qPrintable(zip));
        const QString large = DocumentRules::checkFile(write(u"big.pdf"_s, "%PDF-" + QByteArray(3000, 'x')), 2048);
        QVERIFY2(large.contains(u"big.pdf"_s) && large.contains(u"up to 2"_s), qPrintable(large));
        QVERIFY(!DocumentRules::checkFile(write(u"empty.pdf"_s, ""), 1024).isEmpty());
        QVERIFY(!DocumentRules::checkFile(directory.filePath(u"missing.pdf"_s), 1024).isEmpty());
    }

    void secretBox_sealsAndDetectsTampering()
    {
        const QByteArray key = SecretBox::newKey();
        QCOMPARE(key.size(), SecretBox::KeySize);
        const QByteArray plain = R"({"pan":"ABCPR1234F","name":"Asha Rao"})";
        const QByteArray sealed = SecretBox::seal(plain, key);
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains("ABCPR1234F"));
        QCOMPARE(SecretBox::open(sealed, key).value_or(QByteArray()), plain);
        QVERIFY(SecretBox::seal(plain, key) != sealed); // a fresh nonce every time
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QVERIFY(!SecretBox::open(tampered, key));
        QVERIFY(!SecretBox::open(sealed, SecretBox::newKey()));
        QVERIFY(SecretBox::seal(plain, QByteArray("short")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(RulesTest)
#include "rules_test.moc"
