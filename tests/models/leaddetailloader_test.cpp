// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailloader.h"
#include "roles.h"

#include "../api/apitestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Crego;
using namespace Crego::Models;
using namespace Qt::StringLiterals;
using Part = LeadDetailLoader::Part;
using State = LeadDetailLoader::State;

//! One lead's page data against a real sandbox: every part loads in parallel into models that run under
//! QAbstractItemModelTester, exactly the lead's own records, a per-part failure, and send to service.
class LeadDetailLoaderTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 25, 17 };

    static void waitSettled(const LeadDetailLoader& loader)
    {
        for (int part = 0; part < int(Part::PartCount); ++part) {
            QTRY_VERIFY_WITH_TIMEOUT(loader.state(Part(part)) != State::Loading, 10000);
        }
    }

    static std::vector<std::unique_ptr<QAbstractItemModelTester>> testers(const LeadDetailLoader& loader)
    {
        std::vector<std::unique_ptr<QAbstractItemModelTester>> all;
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*> {
                 loader.applicants(), loader.banks(), loader.documents(), loader.addresses() }) {
            all.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_kit.start()); }

    void reload_fillsEveryPartWithTheLeadsOwnRecords()
    {
        const QString leadId = m_kit.sandbox.firstLeadId();
        LeadDetailLoader loader(&m_kit.client, leadId);
        const auto checked = testers(loader);
        QSignalSpy changed(&loader, &LeadDetailLoader::partChanged);
        loader.reload();
        QCOMPARE(loader.state(Part::Lead), State::Loading);
        waitSettled(loader);
        for (int part = 0; part < int(Part::PartCount); ++part) {
            QVERIFY2(loader.state(Part(part)) == State::Loaded, qPrintable(loader.errorMessage(Part(part))));
        }
        QVERIFY(changed.count() >= 2 * int(Part::PartCount)); // each part: loading, then loaded

        QCOMPARE(loader.lead().id, leadId);
        const QJsonObject lead = m_kit.sandbox.get(u"/v1/crm/leads/"_s + leadId + u'/').object();
        QCOMPARE(loader.applicants()->rowCount(), int(lead[u"applicants"_s].toArray().size()));
        QSet<QString> applicantIds;
        for (const Core::Applicant& applicant : loader.applicants()->records()) {
            QCOMPARE(applicant.lead, leadId);
            applicantIds.insert(applicant.id);
        }
        for (const Core::BankAccount& bank : loader.banks()->records()) {
            QVERIFY2(applicantIds.contains(bank.applicant), "a bank account of another borrower");
        }
        for (const Core::Address& address : loader.addresses()->records()) {
            QVERIFY2(applicantIds.contains(address.applicant), "an address of another borrower");
        }
        QCOMPARE(
            loader.programs().size(), m_kit.sandbox.get(u"/v1/crm/leads/"_s + leadId + u"/programs/"_s).array().size());
        QCOMPARE(loader.applicants()->index(0, 0).data(IdRole).toString(), loader.applicants()->record(0).id);
    }

    void unknownLead_failsTheLeadAndTheRecordsThatHangOnIt()
    {
        LeadDetailLoader loader(&m_kit.client, u"no-such-lead"_s);
        loader.reload();
        waitSettled(loader);
        QCOMPARE(loader.state(Part::Lead), State::Failed);
        QVERIFY(!loader.errorMessage(Part::Lead).isEmpty());
        for (Part part : { Part::Applicants, Part::Banks, Part::Documents, Part::Addresses }) {
            QCOMPARE(loader.state(part), State::Failed); // no lead, so no owners to ask for
            QCOMPARE(loader.errorMessage(part), loader.errorMessage(Part::Lead));
        }
        QCOMPARE(loader.applicants()->rowCount(), 0);
    }

    void sendToService_reportsAndReloadsTheAccounts()
    {
        const QString leadId = m_kit.sandbox.firstLeadId();
        LeadDetailLoader loader(&m_kit.client, leadId);
        loader.reload();
        waitSettled(loader);
        QSignalSpy sent(&loader, &LeadDetailLoader::sentToService);
        loader.sendToService(u"lms"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
        QVERIFY(!sent.first().at(1).value<Api::ApiError>().isError());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(loader.serviceAccounts().cbegin(), loader.serviceAccounts().cend(),
                                     [](const Core::ServiceAccount& account) { return account.service == u"lms"_s; }),
            10000);

        loader.sendToService(u"lms"_s); // a second send is refused by the server, and said so
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 10000);
        QCOMPARE(sent.last().at(1).value<Api::ApiError>().band(), Api::ApiError::Band::Conflict);
    }
};

QTEST_MAIN(LeadDetailLoaderTest)
#include "leaddetailloader_test.moc"
