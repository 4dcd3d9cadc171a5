// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitestkit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Crego::Api;
using namespace Crego::Core;
using namespace Qt::StringLiterals;

//! Every endpoint of the client against the sandbox over loopback: success, 400 with field errors,
//! 401 and 404 — each decoded into the core records or the right error band.
class EndpointsTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit;
    CregoClient& client() { return m_kit.client; }
    QObject* ctx() { return &m_kit.context; }
    QString m_leadId;
    QString m_applicantId;

    template<typename T, typename Issue> ApiResult<T> wait(Issue&& issue)
    {
        return m_kit.wait<T>(std::forward<Issue>(issue));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.start());
        const auto page = wait<Page<Lead>>([&](auto done) { client().leads(LeadQuery {}, ctx(), done); });
        QVERIFY2(page.ok(), qPrintable(page.error().message()));
        m_leadId = page.value().items.first().id;
        m_applicantId = page.value().items.first().primaryApplicant()->id;
    }

    void endpointTable_coversTheContract()
    {
        QCOMPARE(EndpointTable::count(), 36);
        QSet<QString> names;
        for (int i = 0; i < EndpointTable::count(); ++i) {
            names.insert(QString::fromLatin1(EndpointTable::at(i).name));
            QVERIFY(EndpointTable::at(i).path.endsWith(u'/'));
        }
        QCOMPARE(names.size(), 36);
        QCOMPARE(EndpointTable::path(Endpoint::LeadPrograms, u"a b"_s), u"/v1/crm/leads/a%20b/programs/"_s);
    }

    void leads_listGetProgramsAndQuery()
    {
        LeadQuery query;
        query.pageSize = 10;
        query.ordering = u"-total_outstanding"_s;
        query.npaCategories = { u"STD"_s };
        const auto page = wait<Page<Lead>>([&](auto done) { client().leads(query, ctx(), done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 10);
        QVERIFY(page.value().info.totalCount > 10);
        for (const Lead& lead : page.value().items) {
            QCOMPARE(lead.lineSummary->npaCategory, u"STD"_s);
        }
        const auto lead = wait<Lead>([&](auto done) { client().lead(m_leadId, ctx(), done); });
        QVERIFY(lead.ok());
        QCOMPARE(lead.value().id, m_leadId);
        const auto programs
            = wait<QList<LeadProgram>>([&](auto done) { client().leadPrograms(m_leadId, ctx(), done); });
        QVERIFY(programs.ok());
        QVERIFY(programs.value().first().lineDetail.has_value());
        const auto missing = wait<Lead>([&](auto done) { client().lead(u"missing"_s, ctx(), done); });
        QCOMPARE(missing.error().band(), ApiError::Band::NotFound);
        QCOMPARE(missing.error().httpStatus(), 404);
        const auto missingPrograms
            = wait<QList<LeadProgram>>([&](auto done) { client().leadPrograms(u"missing"_s, ctx(), done); });
        QCOMPARE(missingPrograms.error().band(), ApiError::Band::NotFound);
    }

    void leads_createValidationAndDelete()
    {
        Lead lead;
        lead.programId = wait<Lead>([&](auto done) { client().lead(m_leadId, ctx(), done); }).value().programId;
        lead.primaryMobile = u"9876501234"_s;
        Applicant applicant;
        applicant.name = u"Farah Qureshi"_s;
        applicant.isPrimary = true;
        applicant.pan = u"ABCPQ1234"_s; // nine characters
        lead.applicants = { applicant };
        const auto refused = wait<Lead>([&](auto done) { client().createLead(lead, ctx(), done); });
        QCOMPARE(refused.error().band(), ApiError::Band::Validation);
        QCOMPARE(refused.error().fieldErrors().value(u"applicants[0].pan"_s),
            QStringList { u"A PAN has 10 characters; this has 9"_s });

        lead.applicants[0].pan = u"ABCPQ1234R"_s;
        const auto created = wait<Lead>([&](auto done) { client().createLead(lead, ctx(), done); });
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QCOMPARE(created.value().displayName(), u"Farah Qureshi"_s);
        const QString id = created.value().id;
        QVERIFY(wait<Done>([&](auto done) { client().deleteLead(id, ctx(), done); }).ok());
        QCOMPARE(wait<Done>([&](auto done) { client().deleteLead(id, ctx(), done); }).error().band(),
            ApiError::Band::NotFound);
    }

    void leads_servicesTokenAndExport()
    {
        const auto accounts
            = wait<QList<ServiceAccount>>([&](auto done) { client().serviceAccounts(m_leadId, ctx(), done); });
        QVERIFY(accounts.ok());
        const auto sent
            = wait<ServiceAccount>([&](auto done) { client().sendToService(m_leadId, u"lms"_s, ctx(), done); });
        QVERIFY2(sent.ok(), qPrintable(sent.error().message()));
        QCOMPARE(sent.value().service, u"lms"_s);
        const auto again
            = wait<ServiceAccount>([&](auto done) { client().sendToService(m_leadId, u"lms"_s, ctx(), done); });
        QCOMPARE(again.error().band(), ApiError::Band::Conflict);
        const auto unknown
            = wait<ServiceAccount>([&](auto done) { client().sendToService(m_leadId, u"xyz"_s, ctx(), done); });
        QCOMPARE(unknown.error().band(), ApiError::Band::Validation);
        QVERIFY(unknown.error().fieldErrors().contains(u"service"_s));
        const auto token = wait<TokenPair>([&](auto done) { client().borrowerToken(m_leadId, ctx(), done); });
        QVERIFY(token.ok());
        QVERIFY(!token.value().access.isEmpty());
        const auto exported = wait<QByteArray>([&](auto done) { client().downloadExcel(LeadQuery {}, ctx(), done); });
        QVERIFY(exported.ok());
        QVERIFY(exported.value().startsWith("PK\x03\x04")); // a workbook (xlsx is a zip)
    }

    void applicants_allCalls()
    {
        const auto list = wait<QList<Applicant>>([&](auto done) { client().applicantsOfLead(m_leadId, ctx(), done); });
        QVERIFY(list.ok());
        QVERIFY(!list.value().isEmpty());
        Applicant applicant;
        applicant.lead = m_leadId;
        applicant.name = u"Tara Menon"_s;
        applicant.email = u"tara@example.com"_s;
        const auto created = wait<Applicant>([&](auto done) { client().createApplicant(applicant, ctx(), done); });
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        const QString id = created.value().id;
        QCOMPARE(
            wait<Applicant>([&](auto done) { client().applicant(id, ctx(), done); }).value().name, u"Tara Menon"_s);
        const auto updated = wait<Applicant>([&](auto done) {
            client().updateApplicant(id, { { u"mobile"_s, u"8899001122"_s } }, ctx(), done);
        });
        QCOMPARE(updated.value().mobile, u"+918899001122"_s);
        const auto invalid = wait<Applicant>([&](auto done) {
            client().updateApplicant(id, { { u"email"_s, u"tara@"_s } }, ctx(), done);
        });
        QVERIFY(invalid.error().fieldErrors().contains(u"email"_s));
        QVERIFY(wait<Applicant>([&](auto done) { client().markPrimaryApplicant(id, ctx(), done); }).value().isPrimary);
        QVERIFY(wait<Applicant>([&](auto done) { client().markPrimaryApplicant(m_applicantId, ctx(), done); }).ok());
        QVERIFY(wait<Done>([&](auto done) { client().deleteApplicant(id, ctx(), done); }).ok());
        QCOMPARE(wait<Applicant>([&](auto done) { client().applicant(id, ctx(), done); }).error().band(),
            ApiError::Band::NotFound);
    }

    void banks_allCalls()
    {
        BankAccount bank;
        bank.applicant = m_applicantId;
        bank.accountNumber = u"123456789011"_s;
        bank.ifsc = u"ICIC0000001"_s;
        bank.accountHolderName = u"Tara Menon"_s;
        const auto added = wait<BankAccount>([&](auto done) { client().addBank(bank, ctx(), done); });
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added.value().bankName, u"ICICI Bank"_s);
        const QString id = added.value().id;
        QVERIFY(wait<BankAccount>([&](auto done) { client().bank(id, ctx(), done); }).ok());
        QVERIFY(wait<QList<BankAccount>>([&](auto done) { client().banksOfApplicant(m_applicantId, ctx(), done); })
                    .value()
                    .size()
            >= 1);
        QVERIFY(wait<QList<BankAccount>>([&](auto done) { client().banksOfLead(m_leadId, ctx(), done); }).ok());
        const auto verified = wait<BankAccount>([&](auto done) { client().verifyBank(id, ctx(), done); });
        QCOMPARE(verified.value().verificationStatus, u"verified"_s);
        QCOMPARE(verified.value().nameAtBank, u"TARA MENON"_s);
        const auto renamed = wait<BankAccount>([&](auto done) {
            client().updateBank(id, { { u"account_type"_s, u"savings"_s } }, ctx(), done);
        });
        QCOMPARE(renamed.value().accountType, u"savings"_s);
        const auto badIfsc = wait<BankAccount>([&](auto done) {
            client().updateBank(id, { { u"ifsc"_s, u"ICIC1000103"_s } }, ctx(), done);
        });
        QVERIFY(badIfsc.error().fieldErrors().value(u"ifsc"_s).first().contains(u"5th character"_s));
        QVERIFY(wait<Done>([&](auto done) { client().deleteBank(id, ctx(), done); }).ok());
        QCOMPARE(wait<BankAccount>([&](auto done) { client().verifyBank(id, ctx(), done); }).error().band(),
            ApiError::Band::NotFound);
        const auto ifsc = wait<IfscDetails>([&](auto done) { client().ifscDetails(u"utib0000001"_s, ctx(), done); });
        QCOMPARE(ifsc.value().bank, u"Axis Bank"_s);
        QCOMPARE(
            wait<IfscDetails>([&](auto done) { client().ifscDetails(u"UTIB0999999"_s, ctx(), done); }).error().band(),
            ApiError::Band::NotFound);
        QCOMPARE(wait<IfscDetails>([&](auto done) { client().ifscDetails(u"UTIB"_s, ctx(), done); }).error().band(),
            ApiError::Band::Validation);
    }

    void addresses_allCalls()
    {
        Address address;
        address.applicant = m_applicantId;
        address.addressType = u"office"_s;
        address.addressLine = u"3rd Floor, Brigade Road"_s;
        address.pincode = u"560025"_s;
        const auto added = wait<Address>([&](auto done) { client().addAddress(address, ctx(), done); });
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added.value().city, u"Bangalore"_s); // India Post's name for the district
        const QString id = added.value().id;
        QVERIFY(wait<Address>([&](auto done) { client().address(id, ctx(), done); }).ok());
        QVERIFY(!wait<QList<Address>>([&](auto done) { client().addressesOfApplicant(m_applicantId, ctx(), done); })
                     .value()
                     .isEmpty());
        QVERIFY(!wait<QList<Address>>([&](auto done) { client().addressesOfLead(m_leadId, ctx(), done); })
                     .value()
                     .isEmpty());
        const auto moved = wait<Address>([&](auto done) {
            client().updateAddress(id, { { u"pincode"_s, u"400001"_s } }, ctx(), done);
        });
        QCOMPARE(moved.value().pincode, u"400001"_s);
        QCOMPARE(wait<Address>([&](auto done) {
            client().updateAddress(id, { { u"pincode"_s, u"40000"_s } }, ctx(), done);
        })
                     .error()
                     .band(),
            ApiError::Band::Validation);
        QVERIFY(wait<Done>([&](auto done) { client().deleteAddress(id, ctx(), done); }).ok());
        const auto pincode
            = wait<PincodeDetails>([&](auto done) { client().pincodeDetails(u"700001"_s, ctx(), done); });
        QCOMPARE(pincode.value().state, u"West Bengal"_s);
        QCOMPARE(
            wait<PincodeDetails>([&](auto done) { client().pincodeDetails(u"999999"_s, ctx(), done); }).error().band(),
            ApiError::Band::NotFound);
    }

    void documents_uploadDownloadAndProgress()
    {
        QTemporaryDir directory;
        const QString source = directory.filePath(u"gst-certificate.pdf"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray pdf = "%PDF-1.4\n" + QByteArray(300000, 'x') + "\n%%EOF\n";
        file.write(pdf);
        file.close();

        qint64 lastProgress = 0;
        const auto uploaded = wait<Document>([&](auto done) {
            ApiCall* call = client().uploadDocument(
                { source, u"gst_certificate"_s, u"applicant"_s, m_applicantId, {}, {} }, ctx(), done);
            QObject::connect(call, &ApiCall::uploadProgress, ctx(),
                [&lastProgress](qint64 sent, qint64) { lastProgress = std::max(lastProgress, sent); });
        });
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.error().message()));
        QCOMPARE(uploaded.value().size, qint64(pdf.size()));
        QVERIFY(lastProgress >= pdf.size());
        const QString id = uploaded.value().id;

        QVERIFY(wait<Document>([&](auto done) { client().document(id, ctx(), done); }).ok());
        QVERIFY(!wait<QList<Document>>([&](auto done) { client().documentsOfRelated(m_applicantId, ctx(), done); })
                     .value()
                     .isEmpty());
        QVERIFY(!wait<QList<Document>>([&](auto done) { client().documentsOfLead(m_leadId, ctx(), done); })
                     .value()
                     .isEmpty());
        QCOMPARE(wait<Document>([&](auto done) {
            client().updateDocument(id, { { u"status"_s, u"verified"_s } }, ctx(), done);
        })
                     .value()
                     .status,
            u"verified"_s);

        const QString target = directory.filePath(u"downloaded.pdf"_s);
        QVERIFY(wait<Done>([&](auto done) { client().downloadDocument(id, target, ctx(), done); }).ok());
        QFile downloaded(target);
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), pdf);

        QVERIFY(wait<Done>([&](auto done) { client().deleteDocument(id, ctx(), done); }).ok());
        const auto gone = wait<Done>(
            [&](auto done) { client().downloadDocument(id, directory.filePath(u"x.pdf"_s), ctx(), done); });
        QCOMPARE(gone.error().band(), ApiError::Band::NotFound);
        QVERIFY(!QFile::exists(directory.filePath(u"x.pdf"_s)));

        const auto notAFile = wait<Document>([&](auto done) {
            client().uploadDocument(
                { directory.filePath(u"nope.pdf"_s), u"pan"_s, u"applicant"_s, m_applicantId, {}, {} }, ctx(), done);
        });
        QCOMPARE(notAFile.error().band(), ApiError::Band::Refused);
    }

    void unauthorized_isItsOwnBand()
    {
        const auto session = Tests::ApiTestKit::stranger(m_kit.sandbox.server().baseUrl(), u"not-the-token"_s);
        CregoClient& stranger = *session->client();
        const auto result = m_kit.wait<Page<Lead>>([&](auto done) { stranger.leads(LeadQuery {}, ctx(), done); });
        QCOMPARE(result.error().band(), ApiError::Band::Unauthorized);
        QCOMPARE(result.error().httpStatus(), 401);
        QVERIFY(!result.error().message().contains(u"not-the-token"_s));
        const auto health = m_kit.wait<HealthStatus>([&](auto done) { stranger.health(ctx(), done); });
        QVERIFY(health.ok() && health.value().isHealthy());
    }
};

QTEST_GUILESS_MAIN(EndpointsTest)
#include "endpoints_test.moc"
