// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"
#include "leadprogram.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Crego::Core;
using namespace Qt::StringLiterals;
using Crego::Tests::TestData;

//! The documented GET /v1/crm/leads/{id}/programs/ example, field by field.
class LeadProgramTest : public QObject
{
    Q_OBJECT

private:
    static LeadProgram decodeExample()
    {
        Page<LeadProgram> page;
        JsonError error;
        if (!JsonCodec::decodePage(TestData::read(QStringLiteral("get-borrower-line-details.json")), page, error)) {
            qFatal("example did not decode: %s", qPrintable(error.toString()));
        }
        if (page.items.size() != 1) {
            qFatal("example should hold one lead-program");
        }
        return page.items.first();
    }

    static QDateTime utc(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); }

private Q_SLOTS:
    void decode_documentedExample_topLevelFields()
    {
        const LeadProgram lp = decodeExample();
        QCOMPARE(lp.id, QStringLiteral("26ba0e8a-f97e-4228-8afd-202cf6b526a0"));
        QCOMPARE(lp.leadId, QStringLiteral("7765034a-b741-4955-a262-e8ad5766db2e"));
        QCOMPARE(lp.refId, QStringLiteral("CL4ZWR4A"));
        QCOMPARE(lp.programId, QStringLiteral("6788f287-c670-46b9-8ec9-48cc351ab2bc"));
        QCOMPARE(lp.productType, QStringLiteral("scf"));
        QCOMPARE(lp.status, QStringLiteral("disbursed"));
        QVERIFY(lp.tags.isEmpty());
        QCOMPARE(lp.isPrimary, true);
        QCOMPARE(lp.createdAt.toUtc(), utc(1716451159041));
        QCOMPARE(lp.updatedAt.toUtc(), utc(1716451159041));
        QVERIFY(lp.createdAt.toUtc().timeSpec() == Qt::UTC);
        QVERIFY(lp.unknownFields.isEmpty());
    }

    void decode_documentedExample_program()
    {
        const LeadProgram lp = decodeExample();
        QVERIFY(lp.program.has_value());
        const Program& p = *lp.program;
        QCOMPARE(p.id, QStringLiteral("6788f287-c670-46b9-8ec9-48cc351ab2bc"));
        QCOMPARE(p.createdAt.toUtc(), utc(1715418698393));
        QCOMPARE(p.updatedAt.toUtc(), utc(1715419137899));
        QCOMPARE(p.type, QStringLiteral("lending"));
        QCOMPARE(p.name, QStringLiteral("CavinKare DF"));
        QCOMPARE(p.productType, QStringLiteral("scf"));
        QCOMPARE(p.productName, QStringLiteral("Distributor Financing"));
        QCOMPARE(p.refId, QStringLiteral("CP00P4P"));
        QCOMPARE(p.status, QStringLiteral("active"));
        QCOMPARE(p.company, QStringLiteral("23067dbc-6c62-4203-9014-7100e4ffe811"));
    }

    void decode_documentedExample_lineDetail()
    {
        const LeadProgram lp = decodeExample();
        QVERIFY(lp.lineDetail.has_value());
        const LineDetail& l = *lp.lineDetail;
        const Money zero;
        QCOMPARE(l.id, QStringLiteral("9d5f9aa1-3246-4c5c-ad98-5320e51a3e0b"));
        QCOMPARE(l.type, QStringLiteral("borrower_program"));
        QCOMPARE(l.lineExpiryDate.toUtc(), utc(qint64(1779523159) * 1000));
        QCOMPARE(l.lineActivationDate.toUtc(), utc(1716451159864));
        QCOMPARE(l.createdAt.toUtc(), utc(1716451159864));
        QCOMPARE(l.updatedAt.toUtc(), utc(1716451159864));
        QCOMPARE(l.isExpired, false);
        QCOMPARE(l.isHold, false);
        QCOMPARE(l.approvedLineAmount, Money::fromRupees(500000));
        QCOMPARE(l.operativeLineAmount, Money::fromRupees(500000));
        QCOMPARE(l.activeLineAmount, Money::fromRupees(500000));
        for (const Money& amount : { l.principalPaid, l.principalOutstanding, l.interestPaid, l.interestOutstanding,
                 l.overduePaid, l.overdueOutstanding, l.penalPaid, l.penalOutstanding, l.totalOutstanding, l.totalPaid,
                 l.totalSubventionAmount, l.subventionAck, l.totalDisbursedAmount, l.pendingDisbursalAmount,
                 l.excessPayment, l.dueAmount, l.totalCashbackAvailable, l.totalCashbackReleased,
                 l.totalCashbackAdjusted, l.totalHoldbackAmount, l.totalDuePrincipal, l.totalDueInterest,
                 l.totalDueOverdue, l.totalDuePenal }) {
            QCOMPARE(amount, zero);
        }
        QCOMPARE(l.totalTopupCount, 0);
        QCOMPARE(l.dueLoanCount, 0);
        QCOMPARE(l.dpd, 0);
        QCOMPARE(l.peakDpd, 0);
        QCOMPARE(l.npaCategory, QStringLiteral("STD"));
    }

    void decode_documentedExample_loanData()
    {
        const LeadProgram lp = decodeExample();
        QVERIFY(lp.loanData.has_value());
        const LoanData& d = *lp.loanData;
        QCOMPARE(d.id, QStringLiteral("c8141ac3-eb6a-4f9c-9dd0-71835c41b712"));
        QCOMPARE(d.createdAt.toUtc(), utc(1716451159967));
        QCOMPARE(d.updatedAt.toUtc(), utc(1716451159967));

        QCOMPARE(d.roiValue.size(), 1);
        QCOMPARE(d.roiValue.rows().first().fromDay, 0);
        QVERIFY(!d.roiValue.rows().first().toDay.has_value());
        QCOMPARE(d.roiValue.rows().first().ratePercent, 14.0);
        QCOMPARE(d.overdueRoiValue.rows().first().ratePercent, 14.0);
        QVERIFY(!d.overdueRoiValue.rows().first().toDay.has_value());
        QCOMPARE(d.penalRoiValue.rows().first().ratePercent, 10.0);
        QCOMPARE(d.roiPeriod, QStringLiteral("years"));
        QCOMPARE(d.roiSlabBased, false);
        QCOMPARE(d.overdueRoiSameAsRoi, true);
        QCOMPARE(d.overdueRoiSlabBased, true);
        QCOMPARE(d.penalRoiSameAsRoi, false);
        QCOMPARE(d.penalRoiSlabBased, false);
        QCOMPARE(d.penalLagDaysAfterDue, 0);

        QCOMPARE(d.tenureValue, 5);
        QCOMPARE(d.tenurePeriod, QStringLiteral("days"));
        QCOMPARE(d.tenurePeriodType, QStringLiteral("as_per_days"));
        QCOMPARE(d.tenureStartsAt, QStringLiteral("disbursement_date"));
        QCOMPARE(d.interestStarts, QStringLiteral("same_day"));
        QCOMPARE(d.interestLockInEnabled, false);
        QCOMPARE(d.interestLockInDays, 0);
        QCOMPARE(d.daysInMonth, 30);
        QCOMPARE(d.daysInYear, 365);

        QCOMPARE(d.subventionIsEnabled, false);
        QCOMPARE(d.subventionValueType, QStringLiteral("percentage"));
        QCOMPARE(d.subventionValue, 0.0);
        QCOMPARE(d.subventionDays, 0);

        QCOMPARE(d.cashbackIsEnabled, false);
        QCOMPARE(d.cashbackPaymentTo, QStringLiteral("borrower"));
        QCOMPARE(d.cashbackUseAs, QStringLiteral("adjust"));
        QCOMPARE(d.cashbackReleaseAt, QStringLiteral("loan_closure"));
        QCOMPARE(d.cashbackDeductionIsEnabled, false);
        QCOMPARE(d.cashbackDeductionType, QStringLiteral("fixed"));
        QCOMPARE(d.cashbackDeductionValue, 0.0);

        QCOMPARE(d.holdbackIsEnabled, false);
        QCOMPARE(d.holdbackRate.value, 0.0);
        QCOMPARE(d.holdbackReturnIsEnabled, false);
        QCOMPARE(d.holdbackReturnPaymentTo, QString());
    }

    void encode_documentedExampleWithUnknownFields_isTheSameJsonValue()
    {
        QJsonArray original
            = QJsonDocument::fromJson(TestData::read(QStringLiteral("get-borrower-line-details.json"))).array();
        // Fields this client has never heard of, at three depths, must survive a decode/encode cycle.
        QJsonObject entry = original.at(0).toObject();
        entry.insert(QStringLiteral("risk_grade"), QStringLiteral("A2"));
        QJsonObject line = entry.value(QStringLiteral("line_detail")).toObject();
        line.insert(QStringLiteral("future_limit"),
            QJsonObject { { QStringLiteral("amount"), 12.5 }, { QStringLiteral("tags"), QJsonArray { 1, u"x"_s } } });
        entry.insert(QStringLiteral("line_detail"), line);
        QJsonObject loan = entry.value(QStringLiteral("loan_data")).toObject();
        QJsonArray slabs = loan.value(QStringLiteral("roi_value")).toArray();
        QJsonObject slab = slabs.at(0).toObject();
        slab.insert(QStringLiteral("note"), QJsonValue::Null);
        slabs.replace(0, slab);
        loan.insert(QStringLiteral("roi_value"), slabs);
        entry.insert(QStringLiteral("loan_data"), loan);
        original.replace(0, entry);
        const QByteArray bytes = QJsonDocument(original).toJson();

        Page<LeadProgram> page;
        JsonError error;
        QVERIFY2(JsonCodec::decodePage(bytes, page, error), qPrintable(error.toString()));
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.first().unknownFields.value(QStringLiteral("risk_grade")).toString(), u"A2"_s);

        const QJsonObject encoded = JsonCodec::encode(page.items.first());
        QCOMPARE(encoded, entry);
        // And the encoded bytes decode again to the same value.
        LeadProgram again;
        QVERIFY(JsonCodec::decode(QJsonDocument(encoded).toJson(), again, error));
        QCOMPARE(JsonCodec::encode(again), entry);
    }

    void decode_wrongTypeDeepInside_namesTheFieldPath()
    {
        QByteArray bytes = TestData::read(QStringLiteral("get-borrower-line-details.json"));
        bytes.replace("\"dpd\": 0", "\"dpd\": \"0\"");
        Page<LeadProgram> page;
        JsonError error;
        QVERIFY(!JsonCodec::decodePage(bytes, page, error));
        QCOMPARE(error.toString(), QStringLiteral("[0].line_detail.dpd: expected integer, got string"));
    }

    void decode_missingRequiredField_namesIt()
    {
        QByteArray bytes = TestData::read(QStringLiteral("get-borrower-line-details.json"));
        bytes.replace("\"npa_category\": \"STD\",", "");
        Page<LeadProgram> page;
        JsonError error;
        QVERIFY(!JsonCodec::decodePage(bytes, page, error));
        QCOMPARE(error.toString(), QStringLiteral("[0].line_detail.npa_category: missing required field"));
    }

    void decode_missingOptionalFields_defaults()
    {
        LeadProgram lp;
        JsonError error;
        QVERIFY2(JsonCodec::decode(QByteArrayLiteral(R"({"id": "x", "tags": null})"), lp, error),
            qPrintable(error.toString()));
        QCOMPARE(lp.id, u"x"_s);
        QVERIFY(!lp.lineDetail.has_value());
        QVERIFY(!lp.isPrimary);
        QVERIFY(lp.createdAt.isNull());
    }
};

QTEST_GUILESS_MAIN(LeadProgramTest)
#include "leadprogram_test.moc"
