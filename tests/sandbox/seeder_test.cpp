// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressrules.h"
#include "applicantrules.h"
#include "assetclass.h"
#include "bankaccountrules.h"
#include "gstinvalidator.h"
#include "jsoncodec.h"
#include "lead.h"
#include "linemetrics.h"
#include "referencedata.h"
#include "sandboxharness.h"
#include "validators.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Crego;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! The demo portfolio: realistic, valid-format, consistent, covering every stage, bucket and class.
class SeederTest : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxHarness m_sandbox { 300, 11 };
    QList<Lead> m_leads;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        for (int page = 1; page <= 2; ++page) {
            const Tests::HttpResult result = m_sandbox.get(
                u"/v1/crm/leads/?expand=programs&page_size=200&ordering=created_at&page="_s + QString::number(page));
            QCOMPARE(result.status, 200);
            Page<Lead> leads;
            JsonError error;
            // Decoding with the core's strict schemas proves every documented field is there with its type.
            QVERIFY2(JsonCodec::decodePage(result.body, leads, error), qPrintable(error.toString()));
            m_leads += leads.items;
        }
        QCOMPARE(m_leads.size(), 300);
    }

    void everyLine_addsUp()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int lines = 0;
        for (const Lead& lead : m_leads) {
            QVERIFY(!lead.programs.isEmpty());
            for (const LeadProgram& program : lead.programs) {
                QVERIFY(program.lineDetail && program.loanData && program.program);
                const LineMetrics metrics = LineMetrics::compute(*program.lineDetail, now);
                QVERIFY2(
                    metrics.isConsistent(), qPrintable(lead.refId + u": "_s + metrics.inconsistencies().join(u' ')));
                QVERIFY(metrics.available() >= Money());
                ++lines;
            }
        }
        QVERIFY(lines > 300);
    }

    void wholePortfolioOf5000_passesTheAppsConsistencyCheck()
    {
        Tests::SandboxHarness large(5000, Sandbox::SandboxOptions().seed); // the portfolio the app seeds
        QVERIFY(large.start());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int leads = 0;
        int lines = 0;
        QStringList flagged;
        for (int page = 1; page <= 25; ++page) {
            const Tests::HttpResult result = large.get(
                u"/v1/crm/leads/?expand=programs&page_size=200&ordering=created_at&page="_s + QString::number(page));
            QCOMPARE(result.status, 200);
            Page<Lead> decoded;
            JsonError error;
            QVERIFY2(JsonCodec::decodePage(result.body, decoded, error), qPrintable(error.toString()));
            for (const Lead& lead : std::as_const(decoded.items)) {
                ++leads;
                for (const LeadProgram& program : lead.programs) {
                    const LineMetrics metrics = LineMetrics::compute(*program.lineDetail, now);
                    ++lines;
                    if (!metrics.isConsistent()) {
                        flagged.append(lead.refId + u": "_s + metrics.inconsistencies().join(u' '));
                    }
                }
            }
        }
        QCOMPARE(leads, 5000);
        QVERIFY(lines > 5000);
        QVERIFY2(flagged.isEmpty(),
            qPrintable(QString::number(flagged.size()) + u" lines flagged, e.g. "_s + flagged.value(0)));
    }

    void leadSummary_totalsEveryLine()
    {
        int withSeveralLines = 0;
        for (const Lead& lead : m_leads) {
            QVERIFY(lead.lineSummary);
            Money approved, operative, available, outstanding;
            for (const LeadProgram& program : lead.programs) {
                approved += program.lineDetail->approvedLineAmount;
                operative += program.lineDetail->operativeLineAmount;
                available += program.lineDetail->activeLineAmount;
                outstanding += program.lineDetail->totalOutstanding;
            }
            QCOMPARE(lead.lineSummary->lineCount, int(lead.programs.size()));
            QCOMPARE(lead.lineSummary->approvedLineAmount, approved);
            QCOMPARE(lead.lineSummary->operativeLineAmount, operative);
            QCOMPARE(lead.lineSummary->availableLineAmount, available);
            QCOMPARE(lead.lineSummary->totalOutstanding, outstanding);
            // What the app derives when a server sends no summary agrees with what the sandbox sends.
            const LineSummary derived = *LineSummary::fromPrograms(lead.programs);
            QCOMPARE(derived.totalOutstanding, outstanding);
            QCOMPARE(derived.dpd, lead.lineSummary->dpd);
            QCOMPARE(derived.lineCount, lead.lineSummary->lineCount);
            if (lead.programs.size() > 1) {
                ++withSeveralLines;
            }
        }
        QVERIFY(withSeveralLines > 0);
    }

    void portfolio_coversEveryStageBucketAndClass()
    {
        QSet<QString> buckets;
        QSet<int> classes;
        int fresh = 0, partly = 0, full = 0, expired = 0, onHold = 0, slabbed = 0, multiProgram = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Lead& lead : m_leads) {
            multiProgram += lead.programs.size() > 1 ? 1 : 0;
            for (const LeadProgram& program : lead.programs) {
                const LineDetail& line = *program.lineDetail;
                const LineMetrics metrics = LineMetrics::compute(line, now);
                buckets.insert(metrics.bucket().code());
                classes.insert(AssetClass::fromCode(line.npaCategory));
                fresh += line.totalDisbursedAmount.isZero() ? 1 : 0;
                partly += metrics.utilizationBasisPoints() > 0 && metrics.available() > Money() ? 1 : 0;
                full += !line.operativeLineAmount.isZero() && metrics.available().isZero() ? 1 : 0;
                expired += metrics.isExpired() ? 1 : 0;
                onHold += line.isHold ? 1 : 0;
                slabbed += program.loanData->roiValue.size() > 1 ? 1 : 0;
            }
        }
        QCOMPARE(buckets, QSet<QString>({ u"Current"_s, u"SMA-0"_s, u"SMA-1"_s, u"SMA-2"_s, u"NPA"_s }));
        QVERIFY(classes.contains(AssetClass::Standard));
        QVERIFY(classes.contains(AssetClass::SubStandard));
        QVERIFY(classes.contains(AssetClass::Doubtful));
        QVERIFY(classes.contains(AssetClass::Loss));
        QVERIFY(fresh > 0 && partly > 0 && full > 0 && expired > 0 && onHold > 0);
        QVERIFY(slabbed > 0);
        QVERIFY(multiProgram > 0);
    }

    void demoStaples_paidLateAndGroupWithOneNpaChild()
    {
        bool paidLate = false;
        bool groupWithNpaChild = false;
        for (const Lead& lead : m_leads) {
            for (const LeadProgram& program : lead.programs) {
                paidLate = paidLate || (program.lineDetail->dpd == 0 && program.lineDetail->peakDpd == 47);
            }
            if (lead.programs.size() == 2) {
                const bool firstNpa
                    = AssetClass::isNonPerforming(AssetClass::fromCode(lead.programs[0].lineDetail->npaCategory));
                const bool secondNpa
                    = AssetClass::isNonPerforming(AssetClass::fromCode(lead.programs[1].lineDetail->npaCategory));
                if (firstNpa != secondNpa) {
                    groupWithNpaChild = true;
                    // The group is NPA because one child is.
                    QVERIFY(AssetClass::isNonPerforming(AssetClass::fromCode(lead.lineSummary->npaCategory)));
                }
            }
        }
        QVERIFY(paidLate);
        QVERIFY(groupWithNpaChild);
    }

    void identifiers_haveValidFormats()
    {
        int gstins = 0;
        for (const Lead& lead : m_leads) {
            QVERIFY2(Validators::mobile(lead.primaryMobile).valid, qPrintable(lead.primaryMobile));
            QVERIFY(lead.primaryApplicant());
            for (const Applicant& applicant : lead.applicants) {
                QVERIFY2(Validators::pan(applicant.pan).valid, qPrintable(applicant.pan));
                QVERIFY(Validators::mobile(applicant.mobile).valid);
                QVERIFY(Validators::email(applicant.email).valid);
                if (!applicant.gstin.isEmpty()) {
                    ++gstins;
                    QVERIFY2(GstinValidator::validate(applicant.gstin).valid, qPrintable(applicant.gstin));
                    QVERIFY(GstinValidator::crossCheckPan(applicant.gstin, applicant.pan).isEmpty());
                }
                if (!applicant.aadhaarMasked.isEmpty()) {
                    QVERIFY(applicant.aadhaarMasked.startsWith(u"XXXX XXXX "_s));
                }
            }
        }
        QVERIFY(gstins > 50);
    }

    void addressesAndBanks_useRealReferenceData()
    {
        const Lead& lead = m_leads.first();
        const Tests::HttpResult addresses = m_sandbox.get(u"/v1/crm/addresses/?lead="_s + lead.id);
        QCOMPARE(addresses.status, 200);
        QVERIFY(!addresses.array().isEmpty());
        for (const QJsonValue& value : addresses.array()) {
            const QString pincode = value[u"pincode"_s].toString();
            QVERIFY(Validators::pincode(pincode).valid);
            const QJsonObject place = *Sandbox::ReferenceData::instance().pincode(pincode);
            QCOMPARE(place.value(u"district"_s), value[u"district"_s]);
            QCOMPARE(place.value(u"state"_s), value[u"state"_s]);
        }
        const Tests::HttpResult banks = m_sandbox.get(u"/v1/crm/banks/?lead="_s + lead.id);
        QVERIFY(!banks.array().isEmpty());
        for (const QJsonValue& value : banks.array()) {
            QVERIFY(Sandbox::ReferenceData::instance().ifsc(value[u"ifsc"_s].toString()).has_value());
            QVERIFY(Validators::bankAccountNumber(value[u"account_number"_s].toString()).valid);
        }
        QVERIFY(Sandbox::ReferenceData::instance().pincodeCount() >= 300);
        QVERIFY(Sandbox::ReferenceData::instance().ifscCodes().size() >= 300);
    }

    //! A loan officer who edits one field of a seeded record must not trip over a rule the seed broke.
    void seededApplicantsAndBanks_passTheAppsRules()
    {
        using Check = Core::FieldErrors (*)(QJsonObject&);
        const QList<std::pair<QString, Check>> kinds {
            { u"applicants"_s, [](QJsonObject& record) { return Core::ApplicantRules::check(record); } },
            { u"banks"_s, &Core::BankAccountRules::check }
        };
        for (const Lead& lead : m_leads.mid(0, 40)) {
            for (const auto& [kind, check] : kinds) {
                const Tests::HttpResult records = m_sandbox.get(u"/v1/crm/"_s + kind + u"/?lead="_s + lead.id);
                for (const QJsonValue& value : records.array()) {
                    QJsonObject record = value.toObject();
                    const Core::FieldErrors errors = check(record);
                    QVERIFY2(errors.isEmpty(),
                        qPrintable(kind + u": "_s + errors.keys().join(u',') + u": "_s + errors.values().join(u'/')));
                }
            }
        }
    }

    void sameSeed_samePortfolio()
    {
        Tests::SandboxHarness again(300, 11);
        QVERIFY(again.start());
        const QJsonArray first
            = m_sandbox.get(u"/v1/crm/leads/?ordering=ref_id&page_size=20"_s).object()[u"results"_s].toArray();
        const QJsonArray second
            = again.get(u"/v1/crm/leads/?ordering=ref_id&page_size=20"_s).object()[u"results"_s].toArray();
        QCOMPARE(first.size(), 20);
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(second[i][u"name"_s], first[i][u"name"_s]);
            QCOMPARE(second[i][u"ref_id"_s], first[i][u"ref_id"_s]);
            QCOMPARE(second[i][u"line_summary"_s], first[i][u"line_summary"_s]);
        }
    }
};

QTEST_GUILESS_MAIN(SeederTest)
#include "seeder_test.moc"
