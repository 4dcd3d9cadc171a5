// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"
#include "bankaccount.h"
#include "codetext.h"
#include "document.h"
#include "healthstatus.h"
#include "ifscdetails.h"
#include "jsoncodec.h"
#include "lead.h"
#include "pincodedetails.h"
#include "serviceaccount.h"
#include "tokenpair.h"

#include <QJsonDocument>
#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;

namespace {

//! Decodes \a json as a Record and encodes it again; returns the decoded record for further checks.
template<typename Record> Record roundTrip(const QByteArray& json)
{
    Record record;
    JsonError error;
    if (!JsonCodec::decode(json, record, error)) {
        QTest::qFail(qPrintable(error.toString()), __FILE__, __LINE__);
        return record;
    }
    const QJsonObject expected = QJsonDocument::fromJson(json).object();
    const QJsonObject actual = JsonCodec::encode(record);
    if (actual != expected) {
        qWarning().noquote() << "expected" << QJsonDocument(expected).toJson() << "got"
                             << QJsonDocument(actual).toJson();
        QTest::qFail("encode differs from the decoded JSON", __FILE__, __LINE__);
    }
    return record;
}

} // namespace

//! Every record of the contract decodes from its JSON and encodes back to the same JSON value.
class RecordsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_readAsWords_keepingTheirAcronyms()
    {
        QCOMPARE(CodeText::humanize(u"in_review"_s), u"In review"_s);
        QCOMPARE(CodeText::humanize(u"gst_certificate"_s), u"GST certificate"_s);
        QCOMPARE(CodeText::humanize(u"pan"_s), u"PAN"_s);
        QCOMPARE(CodeText::humanize(u"los"_s), u"LOS"_s);
        QCOMPARE(CodeText::humanize(u"cash_credit"_s), u"Cash credit"_s);
        QCOMPARE(CodeText::humanize(u"sent_to_lms"_s), u"Sent to LMS"_s);
        QCOMPARE(CodeText::humanize(QString()), QString());
    }

    void ifscDetails_inAnyKeyCase()
    {
        IfscDetails details;
        JsonError error;
        QVERIFY2(JsonCodec::decode("{\"IFSC\": \"HDFC0000001\", \"BANK\": \"HDFC Bank\", \"Branch\": \"Sandoz House\", "
                                   "\"CITY\": \"Mumbai\", \"NEFT\": true}",
                     details, error),
            qPrintable(error.toString()));
        QCOMPARE(details.ifsc, u"HDFC0000001"_s);
        QCOMPARE(details.bank, u"HDFC Bank"_s);
        QCOMPARE(details.branch, u"Sandoz House"_s);
        QCOMPARE(details.city, u"Mumbai"_s);
    }

    void serviceAccounts_asAListOrAMapByService()
    {
        QList<ServiceAccount> accounts;
        QList<JsonError> skipped;
        JsonError error;
        QVERIFY2(
            ServiceAccount::decodeList("{\"los\": {\"account_id\": \"APP-1\", \"status\": \"open\"}, \"lms\": null}",
                accounts, skipped, error),
            qPrintable(error.toString()));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0].service, u"los"_s);
        QCOMPARE(accounts[0].accountId, u"APP-1"_s);

        QVERIFY(ServiceAccount::decodeList(
            "[{\"service\": \"lms\", \"account_id\": \"L-9\"}, {\"service\": 5}]", accounts, skipped, error));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0].service, u"lms"_s);
        QCOMPARE(skipped.size(), 1);

        QVERIFY(!ServiceAccount::decodeList("{\"los\": 7}", accounts, skipped, error));
        QVERIFY(!error.toString().isEmpty());
    }

    void pincodeDetails_withoutEchoingThePincode()
    {
        PincodeDetails details;
        JsonError error;
        QVERIFY2(
            JsonCodec::decode("{\"city\": \"Pune\", \"state\": \"Maharashtra\", \"district\": null}", details, error),
            qPrintable(error.toString()));
        QVERIFY(details.pincode.isEmpty());
        QCOMPARE(details.city, u"Pune"_s);
    }

    void lead_withApplicantsAndSummary()
    {
        const Lead lead = roundTrip<Lead>(R"({
            "id": "6f1c", "ref_id": "LD000123", "name": "Sri Balaji Distributors", "program_id": "p-1",
            "primary_mobile": "9876543210", "status": "active", "tags": ["priority"],
            "created_at": 1716451159.041, "updated_at": 1716451160.5,
            "applicants": [
                {"id": "a1", "lead": "6f1c", "applicant_type": "applicant", "is_primary": true,
                 "name": "Ramesh Iyer", "entity_type": "proprietorship", "mobile": "+919876543210",
                 "email": "ramesh@example.in", "pan": "ABCPI1234F", "gstin": "33ABCPI1234F1Z5",
                 "aadhaar_masked": "XXXX XXXX 2346", "dob": "1981-04-12", "gender": "male",
                 "tags": ["Authorised Signatory"]},
                {"id": "a2", "applicant_type": "CoApp1", "is_primary": false, "name": "Lakshmi Iyer",
                 "relation_with_primary_applicant": "Spouse", "future_field": {"x": 1}}
            ],
            "line_summary": {"program_id": "p-1", "program_name": "CavinKare DF",
                             "approved_line_amount": 500000, "operative_line_amount": 500000,
                             "available_line_amount": 125000.5, "total_outstanding": 374999.5,
                             "dpd": 12, "npa_category": "STD"}
        })");
        QCOMPARE(lead.applicants.size(), 2);
        QCOMPARE(lead.primaryApplicant()->name, u"Ramesh Iyer"_s);
        QCOMPARE(lead.applicants[0].dob, QDate(1981, 4, 12));
        QCOMPARE(lead.lineSummary->availableLineAmount, Money::fromPaise(12500050));
        QCOMPARE(lead.lineSummary->dpd, 12);
        QCOMPARE(lead.applicants[1].unknownFields.value(u"future_field"_s).toObject().value(u"x"_s).toInt(), 1);
    }

    void lead_minimalCreateBody_hasOnlyWhatWasSet()
    {
        Lead lead;
        lead.programId = u"p-1"_s;
        lead.primaryMobile = u"9876543210"_s;
        Applicant applicant;
        applicant.name = u"Asha Rao"_s;
        applicant.isPrimary = true;
        lead.applicants.append(applicant);
        const QJsonObject body = JsonCodec::encode(lead);
        QCOMPARE(body.keys(), QStringList({ u"applicants"_s, u"primary_mobile"_s, u"program_id"_s }));
        QCOMPARE(
            body.value(u"applicants"_s).toArray().at(0).toObject().keys(), QStringList({ u"is_primary"_s, u"name"_s }));
    }

    void lead_displayName_fallsBackToPrimaryApplicant()
    {
        const Lead lead = roundTrip<Lead>(
            R"({"program_id": "p", "primary_mobile": "9", "applicants": [{"name": "Zoya", "is_primary": true}]})");
        QCOMPARE(lead.displayName(), u"Zoya"_s);
    }

    void bankAccount()
    {
        const BankAccount bank = roundTrip<BankAccount>(R"({
            "id": "b1", "applicant": "a1", "account_number": "50100123456789", "ifsc": "HDFC0001098",
            "account_holder_name": "Ramesh Iyer", "bank_name": "HDFC Bank", "branch": "T Nagar",
            "account_type": "current", "is_primary": true, "verification_status": "verified",
            "name_at_bank": "RAMESH IYER", "name_match_score": 96, "verified_at": 1716451159.5
        })");
        QCOMPARE(bank.nameMatchScore, 96);
        QCOMPARE(bank.verifiedAt.msecsSinceEpoch(), qint64(1716451159500));
    }

    void ifscDetails()
    {
        const IfscDetails ifsc = roundTrip<IfscDetails>(R"({
            "ifsc": "SBIN0005943", "bank": "State Bank of India", "bank_code": "SBIN", "branch": "Anna Nagar",
            "address": "2nd Avenue", "city": "Chennai", "district": "Chennai", "state": "Tamil Nadu",
            "micr": "600002015", "swift": "", "neft": true, "rtgs": true, "imps": true, "upi": false
        })");
        QVERIFY(ifsc.imps);
        QVERIFY(!ifsc.upi);
    }

    void document()
    {
        const Document document = roundTrip<Document>(R"({
            "id": "d1", "related_model": "applicant", "related_model_id": "a1", "document_type": "pan",
            "name": "pan-card.pdf", "content_type": "application/pdf", "size": 183442, "status": "uploaded",
            "created_at": 1716451159
        })");
        QCOMPARE(document.size, qint64(183442));
    }

    void address()
    {
        const Address address = roundTrip<Address>(R"({
            "id": "r1", "applicant": "a1", "address_type": "office", "address_line": "14, Usman Road, T Nagar",
            "city": "Chennai", "district": "Chennai", "state": "Tamil Nadu", "pincode": "600017", "country": "India"
        })");
        QCOMPARE(address.singleLine(), u"14, Usman Road, T Nagar, Chennai, Tamil Nadu 600017"_s);
    }

    void pincodeDetails()
    {
        const PincodeDetails details = roundTrip<PincodeDetails>(
            R"({"pincode": "600017", "city": "Chennai", "district": "Chennai", "state": "Tamil Nadu",
                "post_offices": ["T Nagar", "Thyagarayanagar North"]})");
        QCOMPARE(details.postOffices.size(), 2);
    }

    void serviceAccount()
    {
        roundTrip<ServiceAccount>(
            R"({"id": "s1", "lead": "6f1c", "service": "los", "account_id": "LOS-1", "status": "created"})");
    }

    void tokenPair()
    {
        const TokenPair tokens = roundTrip<TokenPair>(
            R"({"access": "a.b.c", "refresh": "d.e.f", "expires_in": 900, "token_type": "Bearer"})");
        QCOMPARE(tokens.expiresIn, 900);
    }

    void healthStatus()
    {
        const HealthStatus health = roundTrip<HealthStatus>(R"({"status": "ok", "service": "crm", "version": "1"})");
        QVERIFY(health.isHealthy());
    }
};

QTEST_GUILESS_MAIN(RecordsTest)
#include "records_test.moc"
