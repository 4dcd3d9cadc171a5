// SPDX-License-Identifier: GPL-3.0-or-later
#include "aadhaarvalidator.h"
#include "addressform.h"
#include "applicantform.h"
#include "bankaccountform.h"
#include "borrowertokendialog.h"
#include "draftstore.h"
#include "filedialog.h"
#include "leaddetailloader.h"
#include "leaddetailpage.h"
#include "messagebox.h"
#include "recordformdialog.h"
#include "secretbox.h"
#include "validators.h"

#include "../api/apitestkit.h"
#include "screenshot.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The applicant and bank-account forms on a lead's page, against the sandbox: create, edit (only the
//! changed fields travel), delete, mark primary, verify; rules marked on their fields before anything is
//! sent; a server's field error on its field; failures that keep every entry; a create that is never sent
//! twice; a 401 that resumes the save after sign-in; encrypted, owner-only drafts.
class RecordFormsTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 12, 23 };
    QTemporaryDir m_draftDir;
    std::unique_ptr<Models::DraftStore> m_drafts;
    std::unique_ptr<Widgets::LeadDetailPage> m_page;
    QString m_leadId;

    Models::LeadDetailLoader* loader() const { return m_page->loader(); }
    QTableView* table(const char* name) const { return m_page->findChild<QTableView*>(QLatin1String(name)); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    static QLineEdit* edit(Widgets::RecordFormDialog* dialog, const char* name)
    {
        return dialog->findChild<QLineEdit*>(QLatin1String(name));
    }
    static QPushButton* saveButton(Widgets::RecordFormDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    }
    //! Types \a text into \a field as a user would (after clearing it).
    static void type(Widgets::RecordFormDialog* dialog, const char* field, const QString& text)
    {
        QLineEdit* input = edit(dialog, field);
        QVERIFY2(input, field);
        input->selectAll();
        QTest::keyClick(input, Qt::Key_Backspace);
        QTest::keyClicks(input, text);
    }
    QJsonArray serverList(const QString& kind)
    {
        return m_kit.sandbox.get(u"/v1/crm/"_s + kind + u"/?lead="_s + m_leadId).array();
    }
    QJsonArray writes() { return m_kit.sandbox.get(u"/sandbox/requests/"_s).array(); }
    void faults(const QJsonObject& settings)
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, settings).status, 200);
    }
    //! The row of \a table whose \a column contains \a text, or -1.
    static int rowWith(QTableView* view, const QString& text, int column = 0)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, column).data().toString().contains(text)) {
                return row;
            }
        }
        return -1;
    }
    void select(QTableView* view, int row) { view->selectRow(row); }
    Widgets::RecordFormDialog* openNew(const char* addButton)
    {
        button(addButton)->click();
        return m_page->findChild<Widgets::RecordFormDialog*>();
    }
    //! Fills a valid new individual applicant.
    static void fillApplicant(Widgets::RecordFormDialog* dialog, const QString& name, const QString& pan)
    {
        type(dialog, "nameEdit", name);
        type(dialog, "panEdit", pan);
        type(dialog, "mobileEdit", u"9876501234"_s);
        type(dialog, "dobEdit", u"12/03/1990"_s);
    }
    const Core::Applicant* nonPrimaryApplicant() const
    {
        for (const Core::Applicant& applicant : loader()->applicants()->records()) {
            if (!applicant.isPrimary) {
                return &applicant;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kit.start());
        QVERIFY(m_draftDir.isValid());
        // A lead with a co-applicant (so one applicant is not primary) and bank accounts.
        const QJsonArray leads = m_kit.sandbox.get(u"/v1/crm/leads/?page_size=50"_s).object()[u"results"_s].toArray();
        for (const QJsonValue& lead : leads) {
            if (lead[u"applicants"_s].toArray().size() >= 2) {
                m_leadId = lead[u"id"_s].toString();
                break;
            }
        }
        QVERIFY(!m_leadId.isEmpty());
    }

    void init()
    {
        faults({ { u"stock_server"_s, false }, { u"error_rate"_s, 0 }, { u"drop_rate"_s, 0 },
            { u"auth_expire_after"_s, 0 } });
        m_drafts = std::make_unique<Models::DraftStore>(m_draftDir.filePath(u"drafts"_s));
        m_drafts->setKey(Core::SecretBox::newKey(), true);
        m_page = std::make_unique<Widgets::LeadDetailPage>(&m_kit.session, m_leadId);
        m_page->setDraftStore(m_drafts.get());
        m_page->resize(1280, 720);
        m_page->show();
        QTRY_COMPARE_WITH_TIMEOUT(
            loader()->state(Models::LeadDetailLoader::Part::Banks), Models::LeadDetailLoader::State::Loaded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            loader()->state(Models::LeadDetailLoader::Part::Addresses), Models::LeadDetailLoader::State::Loaded, 10000);
        new QAbstractItemModelTester(
            loader()->applicants(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        new QAbstractItemModelTester(
            loader()->banks(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        new QAbstractItemModelTester(
            loader()->addresses(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        new QAbstractItemModelTester(
            loader()->documents(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    }

    void cleanup()
    {
        for (auto* dialog : m_page->findChildren<Widgets::RecordFormDialog*>()) {
            if (!dialog->isVisible()) {
                continue; // closed, waiting to be deleted
            }
            Widgets::MessageBox::setNextAnswer(QMessageBox::Discard);
            dialog->reject();
        }
        m_page.reset();
        m_drafts.reset();
    }

    void applicant_create_isListedAndOnTheServer()
    {
        const qsizetype before = serverList(u"applicants"_s).size();
        auto* dialog = openNew("addApplicantButton");
        QVERIFY(dialog);
        QVERIFY(!saveButton(dialog)->isEnabled()); // nothing typed yet
        fillApplicant(dialog, u"Kiran Mehta"_s, u"ABCPM1234K"_s);
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->message()));
        Tests::screenshot(*dialog, u"applicant-form"_s);
        QPointer<Widgets::RecordFormDialog> open(dialog);
        QApplication::setActiveWindow(dialog); // what the window manager does for a new dialog
        QTest::keyClick(edit(dialog, "nameEdit"), Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        QTRY_VERIFY(rowWith(table("applicantsTable"), u"Kiran Mehta"_s) >= 0);
        const QJsonArray after = serverList(u"applicants"_s);
        QCOMPARE(after.size(), before + 1);
        const QJsonObject post = writes().last().toObject();
        QCOMPARE(post[u"method"_s].toString(), u"POST"_s);
        QCOMPARE(post[u"body"_s][u"pan"_s].toString(), u"ABCPM1234K"_s);
        QCOMPARE(post[u"body"_s][u"mobile"_s].toString(), u"+919876501234"_s);
        QCOMPARE(post[u"body"_s][u"dob"_s].toString(), u"1990-03-12"_s);
        QCOMPARE(post[u"body"_s][u"lead"_s].toString(), m_leadId);
        QVERIFY(QDir(m_draftDir.filePath(u"drafts"_s)).entryList(QDir::Files).isEmpty()); // saved: no draft left
    }

    void applicant_editOneField_patchesOnlyThatField()
    {
        const Core::Applicant* applicant = nonPrimaryApplicant();
        QVERIFY(applicant);
        const QString id = applicant->id;
        select(table("applicantsTable"), loader()->applicants()->rowOf(id));
        button("editApplicantButton")->click();
        auto* dialog = m_page->findChild<Widgets::RecordFormDialog*>();
        QVERIFY(dialog);
        QVERIFY(!saveButton(dialog)->isEnabled()); // unchanged
        type(dialog, "emailEdit", u"accounts@mehta.example"_s);
        QVERIFY(saveButton(dialog)->isEnabled());
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(loader()->applicant(id)->email == u"accounts@mehta.example"_s, 10000);
        const QJsonObject patch = writes().last().toObject();
        QCOMPARE(patch[u"method"_s].toString(), u"PATCH"_s);
        QCOMPARE(patch[u"body"_s].toObject().keys(), QStringList { u"email"_s });
        QCOMPARE(m_kit.sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').object()[u"email"_s].toString(),
            u"accounts@mehta.example"_s);
    }

    void applicant_invalidFields_areMarkedAndNotSent()
    {
        const qsizetype sent = writes().size();
        auto* dialog = openNew("addApplicantButton");
        fillApplicant(dialog, u"Ravi Shah"_s, u"ABCDE12"_s);
        QVERIFY(dialog->form()->errorText(u"pan"_s).contains(u"10 characters"_s));
        QVERIFY(!saveButton(dialog)->isEnabled());
        type(dialog, "panEdit", u"AAACR1234C"_s); // a company's PAN on an individual
        QVERIFY2(dialog->form()->errorText(u"pan"_s).contains(u"Company"_s),
            qPrintable(dialog->form()->errorText(u"pan"_s)));
        // A business whose GSTIN carries another PAN.
        auto* entity = dialog->findChild<QComboBox*>(u"entityTypeCombo"_s);
        entity->setCurrentIndex(entity->findData(u"company"_s));
        Q_EMIT entity->activated(entity->currentIndex());
        QVERIFY(dialog->form()->errorText(u"pan"_s).isEmpty());
        type(dialog, "dobEdit", u""_s);
        type(dialog, "gstinEdit", u"27AAACR9999C1Z"_s);
        QVERIFY(!dialog->form()->errorText(u"gstin"_s).isEmpty());
        type(dialog, "aadhaarEdit", u"123"_s);
        QVERIFY(dialog->form()->errorText(u"aadhaar_masked"_s).contains(u"last four"_s));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(writes().size(), sent); // nothing went to the server
        Tests::screenshot(*dialog, u"applicant-form-errors"_s);
    }

    void bank_mismatchAndUnknownIfsc_areMarkedAndNotSent()
    {
        const qsizetype sent = writes().size();
        auto* dialog = openNew("addBankButton");
        QVERIFY(dialog);
        type(dialog, "holderEdit", u"Kiran Mehta"_s);
        type(dialog, "accountEdit", u"123456789012"_s);
        type(dialog, "confirmEdit", u"123456789021"_s);
        type(dialog, "ifscEdit", u"ABCD0000001"_s);
        QVERIFY(dialog->form()->errorText(u"account_number_confirmation"_s).contains(u"differ"_s));
        QVERIFY(dialog->form()->errorText(u"ifsc"_s).contains(u"No bank uses the code ABCD"_s));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(writes().size(), sent);
        Tests::screenshot(*dialog, u"bank-form-errors"_s);
    }

    void bank_create_fillsBankFromIfscAndIsListedMasked()
    {
        auto* dialog = openNew("addBankButton");
        type(dialog, "holderEdit", u"Kiran Mehta"_s);
        type(dialog, "accountEdit", u"50100123457"_s);
        type(dialog, "confirmEdit", u"50100123457"_s);
        type(dialog, "ifscEdit", u"hdfc0000001"_s);
        // As soon as the IFSC is a real branch, the server's details fill bank and branch.
        QTRY_COMPARE_WITH_TIMEOUT(edit(dialog, "bankEdit")->text(), u"HDFC Bank"_s, 10000);
        QVERIFY(!edit(dialog, "branchEdit")->text().isEmpty());
        Tests::screenshot(*dialog, u"bank-form"_s);
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->message()));
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(loader()->banks()->rowOf(QString()) < 0
                && std::any_of(loader()->banks()->records().cbegin(), loader()->banks()->records().cend(),
                    [](const Core::BankAccount& bank) { return bank.accountNumber == u"50100123457"_s; }),
            10000);
        QTRY_VERIFY(rowWith(table("banksTable"), u"HDFC Bank"_s, 1) >= 0);
        bool masked = false;
        for (int row = 0; row < table("banksTable")->model()->rowCount(); ++row) {
            masked = masked || table("banksTable")->model()->index(row, 2).data().toString() == u"XXXXXXX3457"_s;
        }
        QVERIFY(masked);
    }

    void bank_serverFieldError_landsOnItsField()
    {
        // The sandbox refuses an account number that is already on the lead: a rule only it can check.
        const Core::BankAccount existing = loader()->banks()->records().first();
        auto* dialog = openNew("addBankButton");
        type(dialog, "holderEdit", u"Kiran Mehta"_s);
        type(dialog, "accountEdit", existing.accountNumber);
        type(dialog, "confirmEdit", existing.accountNumber);
        type(dialog, "ifscEdit", existing.ifsc);
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->message()));
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->form()->errorText(u"account_number"_s).contains(u"already on this lead"_s), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(edit(dialog, "holderEdit")->text(), u"Kiran Mehta"_s); // every entry kept
        QVERIFY(dialog->message().contains(u"marked fields"_s));
        // The objection stands (and Save waits) until the user changes that field.
        QVERIFY(!saveButton(dialog)->isEnabled());
        type(dialog, "holderEdit", u"Kiran Mehta & Sons"_s);
        QVERIFY(dialog->form()->errorText(u"account_number"_s).contains(u"already on this lead"_s));
        type(dialog, "accountEdit", u"777788889999"_s);
        type(dialog, "confirmEdit", u"777788889999"_s);
        QVERIFY(dialog->form()->errorText(u"account_number"_s).isEmpty());
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void serverUnavailable_keepsTheFormAndItsEdits()
    {
        const Core::Applicant* applicant = nonPrimaryApplicant();
        const QString id = applicant->id;
        Widgets::RecordFormDialog* dialog = m_page->openForm(Models::RecordKind::Applicant, id);
        type(dialog, "relationEdit", u"Brother"_s);
        faults({ { u"error_rate"_s, 1.0 } });
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(u"Not saved"_s), 15000);
        QVERIFY(dialog->message().contains(u"kept"_s));
        QCOMPARE(edit(dialog, "relationEdit")->text(), u"Brother"_s);
        faults({ { u"error_rate"_s, 0 } });
        QVERIFY(saveButton(dialog)->isEnabled());
        QPointer<Widgets::RecordFormDialog> open(dialog);
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        QCOMPARE(loader()->applicant(id)->relationWithPrimaryApplicant, u"Brother"_s);
    }

    void droppedCreate_isNotSentTwice()
    {
        const qsizetype before = serverList(u"applicants"_s).size();
        auto* dialog = openNew("addApplicantButton");
        fillApplicant(dialog, u"Meena Iyer"_s, u"ABCPI4321M"_s);
        type(dialog, "mobileEdit", u"9000012345"_s); // on no lead yet: no duplicate to stop for
        faults({ { u"drop_rate"_s, 1.0 } });
        saveButton(dialog)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            dialog->message().contains(u"may already have created"_s), qPrintable(dialog->message()), 15000);
        faults({ { u"drop_rate"_s, 0 } });
        // The server created it once; the app did not send it again.
        QCOMPARE(serverList(u"applicants"_s).size(), before + 1);
        int posts = 0;
        for (const QJsonValue& write : writes()) {
            posts += write[u"body"_s][u"name"_s].toString() == u"Meena Iyer"_s ? 1 : 0;
        }
        QCOMPARE(posts, 1);
        QCOMPARE(edit(dialog, "nameEdit")->text(), u"Meena Iyer"_s);
        bool checkShown = false;
        for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
            checkShown = checkShown || (button->text().contains(u"Check the"_s) && button->isVisible());
        }
        QVERIFY(checkShown);
        Tests::screenshot(*dialog, u"applicant-form-dropped-create"_s);
    }

    void unauthorizedMidSave_resumesAfterSignIn()
    {
        const Core::Applicant* applicant = nonPrimaryApplicant();
        const QString id = applicant->id;
        Widgets::RecordFormDialog* dialog = m_page->openForm(Models::RecordKind::Applicant, id);
        type(dialog, "relationEdit", u"Cousin"_s);
        bool asked = false;
        QMetaObject::Connection signIn = connect(&m_kit.session, &Api::Session::signInRequired, this, [&] {
            asked = true;
            faults({ { u"auth_expire_after"_s, 0 } });
            m_kit.session.signIn(*m_kit.session.profile(), m_kit.sandbox.server().token());
        });
        faults({ { u"auth_expire_after"_s, 1 } });
        // This request still passes; the token expires on the next one, the save.
        QCOMPARE(m_kit.sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').status, 200);
        QPointer<Widgets::RecordFormDialog> open(dialog);
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 15000);
        disconnect(signIn);
        QVERIFY(asked);
        QCOMPARE(loader()->applicant(id)->relationWithPrimaryApplicant, u"Cousin"_s);
    }

    void markPrimary_movesTheStarAndTheServerAgrees()
    {
        const Core::Applicant* applicant = nonPrimaryApplicant();
        const QString id = applicant->id;
        select(table("applicantsTable"), loader()->applicants()->rowOf(id));
        button("primaryApplicantButton")->click();
        // At once, before the server answers.
        QVERIFY(loader()->applicant(id)->isPrimary);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->findChild<QLabel*>(u"applicantsMessage"_s)->text().contains(u"now the primary"_s), 10000);
        QVERIFY(m_kit.sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').object()[u"is_primary"_s].toBool());
        int primaries = 0;
        for (const Core::Applicant& other : loader()->applicants()->records()) {
            primaries += other.isPrimary ? 1 : 0;
        }
        QCOMPARE(primaries, 1);
    }

    void markPrimary_refused_goesBack()
    {
        const Core::Applicant* applicant = nonPrimaryApplicant();
        const QString id = applicant->id;
        faults({ { u"error_rate"_s, 1.0 } }); // every attempt, retries included, answers 503
        select(table("applicantsTable"), loader()->applicants()->rowOf(id));
        button("primaryApplicantButton")->click();
        QVERIFY(loader()->applicant(id)->isPrimary);
        QTRY_VERIFY_WITH_TIMEOUT(!loader()->applicant(id)->isPrimary, 10000);
        faults({ { u"error_rate"_s, 0 } });
        QVERIFY(!m_kit.sandbox.get(u"/v1/crm/applicants/"_s + id + u'/').object()[u"is_primary"_s].toBool());
        QVERIFY(m_page->findChild<QLabel*>(u"applicantsMessage"_s)->text().contains(u"not changed"_s));
    }

    void delete_namesTheApplicantAndRefusesThePrimary()
    {
        const Core::Applicant* primary = nullptr;
        for (const Core::Applicant& applicant : loader()->applicants()->records()) {
            primary = applicant.isPrimary ? &applicant : primary;
        }
        QVERIFY(primary);
        select(table("applicantsTable"), loader()->applicants()->rowOf(primary->id));
        button("deleteApplicantButton")->click();
        QVERIFY(m_page->findChild<QLabel*>(u"applicantsMessage"_s)->text().contains(u"cannot be deleted"_s));

        const QString id = nonPrimaryApplicant()->id;
        const qsizetype before = serverList(u"applicants"_s).size();
        select(table("applicantsTable"), loader()->applicants()->rowOf(id));
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        button("deleteApplicantButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(loader()->applicant(id) == nullptr, 10000);
        QCOMPARE(serverList(u"applicants"_s).size(), before - 1);
    }

    void verify_showsTheBanksAnswer()
    {
        const int row = 0;
        const Core::BankAccount bank = loader()->banks()->record(row);
        select(table("banksTable"), row);
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        button("verifyBankButton")->click();
        auto* message = m_page->findChild<QLabel*>(u"banksMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(u"Verified"_s), 10000);
        QVERIFY(message->text().contains(Core::Validators::maskAccountNumber(bank.accountNumber)));
        QVERIFY(!message->text().contains(bank.accountNumber)); // masked in the message too
        const Core::BankAccount verified = loader()->banks()->record(loader()->banks()->rowOf(bank.id));
        QVERIFY(!verified.verifiedAt.isNull());
        QVERIFY(!verified.verification().isEmpty() && verified.verification() != u"unverified"_s);
        auto* tabs = m_page->findChild<QTabWidget*>(u"detailTabs"_s);
        tabs->setCurrentWidget(m_page->findChild<QWidget*>(u"banksPage"_s));
        Tests::screenshot(*m_page, u"banks-tab"_s);
        tabs->setCurrentWidget(m_page->findChild<QWidget*>(u"applicantsPage"_s));
        Tests::screenshot(*m_page, u"applicants-tab"_s);
    }

    void duplicatePan_isFoundWithALinkAndSavingStillWorks()
    {
        // An individual's PAN on another lead.
        QString pan;
        QString ref;
        QString otherLead;
        const QJsonArray leads = m_kit.sandbox.get(u"/v1/crm/leads/?page_size=50"_s).object()[u"results"_s].toArray();
        for (const QJsonValue& lead : leads) {
            for (const QJsonValue& applicant : lead[u"applicants"_s].toArray()) {
                const QString candidate = applicant[u"pan"_s].toString();
                if (pan.isEmpty() && lead[u"id"_s].toString() != m_leadId && candidate.size() == 10
                    && candidate.at(3) == u'P') {
                    pan = candidate;
                    ref = lead[u"ref_id"_s].toString();
                    otherLead = lead[u"id"_s].toString();
                }
            }
        }
        QVERIFY(!pan.isEmpty());
        auto* dialog = openNew("addApplicantButton");
        QSignalSpy leadRequested(m_page.get(), &Widgets::LeadDetailPage::leadRequested);
        fillApplicant(dialog, u"Possible Duplicate"_s, pan);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->duplicateNote().contains(u"PAN "_s + pan + u" is already on lead"_s), 10000);
        QVERIFY(dialog->duplicateNote().contains(ref));
        Tests::screenshot(*dialog, u"applicant-form-duplicate"_s);
        Q_EMIT dialog->findChild<QLabel*>(u"duplicateNote"_s)->linkActivated(u"lead:"_s + otherLead);
        QCOMPARE(leadRequested.size(), 1);
        QCOMPARE(leadRequested.first().first().toString(), otherLead);
        // The user may still go on.
        QVERIFY(saveButton(dialog)->isEnabled());
        QPointer<Widgets::RecordFormDialog> open(dialog);
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        QTRY_VERIFY(rowWith(table("applicantsTable"), u"Possible Duplicate"_s) >= 0);
    }

    void noKeychain_keepsDraftsInMemoryAndSaysSo()
    {
        Models::DraftStore memoryOnly(m_draftDir.filePath(u"memory-drafts"_s));
        memoryOnly.setKey(Core::SecretBox::newKey(), false);
        m_page->setDraftStore(&memoryOnly);
        auto* dialog = openNew("addApplicantButton");
        QVERIFY(dialog->findChild<QLabel*>(u"draftNote"_s)->text().contains(u"crashes"_s));
        type(dialog, "nameEdit", u"Only In Memory"_s);
        QTRY_COMPARE_WITH_TIMEOUT(memoryOnly.drafts(m_kit.session.profile()->key()).size(), 1, 5000);
        QVERIFY(!QDir(m_draftDir.filePath(u"memory-drafts"_s)).exists());
        Widgets::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QVERIFY(memoryOnly.drafts(m_kit.session.profile()->key()).isEmpty());
        m_page->setDraftStore(m_drafts.get());
    }

    static QComboBox* combo(Widgets::RecordFormDialog* dialog, const char* name)
    {
        return dialog->findChild<QComboBox*>(QLatin1String(name));
    }

    void address_pincodeFillsThePlaceAndOffersItsPostOffices()
    {
        auto* dialog = openNew("addAddressButton");
        QVERIFY(dialog);
        auto* form = qobject_cast<Widgets::AddressForm*>(dialog->form());
        QVERIFY(form);
        type(dialog, "line1Edit", u"14, Mahatma Gandhi Road"_s);
        type(dialog, "pincodeEdit", u"560001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(form->lookupText().contains(u"post offices"_s), 10000);
        QCOMPARE(edit(dialog, "cityEdit")->text(), u"Bangalore"_s);
        QCOMPARE(combo(dialog, "stateCombo")->currentData().toString(), u"Karnataka"_s);
        QComboBox* offices = combo(dialog, "postOfficeCombo");
        QVERIFY(offices->count() > 5);
        QVERIFY(offices->currentText().isEmpty()); // several: the user picks
        Tests::screenshot(*dialog, u"address-form-post-offices"_s);
        offices->setCurrentIndex(offices->findText(u"Bangalore G.P.O."_s));
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->message()));
        QPointer<Widgets::RecordFormDialog> open(dialog);
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        bool saved = false;
        for (const QJsonValue& address : serverList(u"addresses"_s)) {
            saved = saved
                || (address[u"post_office"_s].toString() == u"Bangalore G.P.O."_s
                    && address[u"address_line"_s].toString() == u"14, Mahatma Gandhi Road"_s
                    && address[u"state"_s].toString() == u"Karnataka"_s);
        }
        QVERIFY(saved);
        QTRY_VERIFY(rowWith(table("addressesTable"), u"Mahatma Gandhi Road"_s, 2) >= 0);
    }

    void address_typedPlaceStaysAndUnknownPincodeSaysSo()
    {
        auto* dialog = openNew("addAddressButton");
        auto* form = qobject_cast<Widgets::AddressForm*>(dialog->form());
        type(dialog, "line1Edit", u"Plot 7, Industrial Estate"_s);
        type(dialog, "cityEdit", u"Bengaluru"_s); // typed by hand before the pincode
        type(dialog, "pincodeEdit", u"560002"_s);
        QTRY_VERIFY_WITH_TIMEOUT(combo(dialog, "stateCombo")->currentData().toString() == u"Karnataka"_s, 10000);
        QCOMPARE(edit(dialog, "cityEdit")->text(), u"Bengaluru"_s); // stays overridden
        type(dialog, "pincodeEdit", u"999999"_s);
        QTRY_VERIFY_WITH_TIMEOUT(form->lookupText().contains(u"no pincode 999999"_s), 10000);
        // Invalid fields are marked; nothing is sent.
        type(dialog, "line1Edit", u"7"_s);
        QVERIFY(dialog->form()->errorText(u"address_line"_s).contains(u"5 to 200"_s));
        combo(dialog, "stateCombo")->setCurrentIndex(0);
        Q_EMIT combo(dialog, "stateCombo")->activated(0);
        QVERIFY(dialog->form()->errorText(u"state"_s).contains(u"Choose"_s));
        QVERIFY(!saveButton(dialog)->isEnabled());
        Tests::screenshot(*dialog, u"address-form-errors"_s);
    }

    void address_sameAsCurrent_copiesIntoANewType()
    {
        QVERIFY(loader()->addresses()->rowCount() > 0);
        const Core::Address source = loader()->addresses()->records().first();
        select(table("addressesTable"), 0);
        button("copyAddressButton")->click();
        auto* dialog = m_page->findChildren<Widgets::RecordFormDialog*>().last();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->editor()->isNew());
        QCOMPARE(edit(dialog, "line1Edit")->text(), source.addressLine);
        QCOMPARE(edit(dialog, "pincodeEdit")->text(), source.pincode);
        const QString newType = combo(dialog, "typeCombo")->currentData().toString();
        QVERIFY(newType != source.addressType);
        QVERIFY(dialog->message().contains(u"Copied"_s));
        const qsizetype before = serverList(u"addresses"_s).size();
        QPointer<Widgets::RecordFormDialog> open(dialog);
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        QCOMPARE(serverList(u"addresses"_s).size(), before + 1);
        auto* tabs = m_page->findChild<QTabWidget*>(u"detailTabs"_s);
        tabs->setCurrentWidget(m_page->findChild<QWidget*>(u"addressesPage"_s));
        Tests::screenshot(*m_page, u"addresses-tab"_s);
    }

    void closingTheLead_asksAboutUnsavedForms()
    {
        auto* dialog = openNew("addApplicantButton");
        type(dialog, "nameEdit", u"Half Typed"_s);
        Widgets::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_page->closeForms()); // the user kept the form: the tab stays
        QVERIFY(dialog->isVisible());
        Widgets::MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_page->closeForms());
        QVERIFY(!dialog->isVisible());
    }

    void borrowerToken_isShownOnceAndCopiedAsASecret()
    {
        button("tokenButton")->click();
        Widgets::BorrowerTokenDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<Widgets::BorrowerTokenDialog*>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->token().isEmpty(), 10000);
        auto* token = dialog->findChild<QLineEdit*>(u"tokenEdit"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password); // hidden until Show
        QVERIFY(dialog->findChild<QLabel*>(u"expiryLabel"_s)->text().contains(u"in 6 h 30 min"_s));
        Tests::screenshot(*dialog, u"borrower-token"_s);
        dialog->findChild<QPushButton*>(u"copyButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->token());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QGuiApplication::clipboard()->clear();
        // Nowhere on disk: not in the drafts, not in the settings.
        QSettings settings;
        for (const QString& key : settings.allKeys()) {
            QVERIFY(!settings.value(key).toString().contains(dialog->token()));
        }
        dialog->close();
    }

    void drafts_areEncryptedOwnerOnlyAndGoOnDiscard()
    {
        auto* dialog = openNew("addApplicantButton");
        fillApplicant(dialog, u"Sunita Draftwala"_s, u"ABCPD1234D"_s);
        const QString first11 = u"23412341234"_s;
        type(dialog, "aadhaarEdit", first11 + QString::number(Core::AadhaarValidator::checkDigit(first11)));
        const QDir folder(m_draftDir.filePath(u"drafts"_s));
        QTRY_COMPARE_WITH_TIMEOUT(folder.entryList(QDir::Files).size(), 1, 5000);
        QFile file(folder.filePath(folder.entryList(QDir::Files).first()));
        QCOMPARE(file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Draftwala"));
        QVERIFY(!bytes.contains("ABCPD1234D"));
        const QList<Models::Draft> drafts = m_drafts->drafts(m_kit.session.profile()->key());
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().values[u"name"_s].toString(), u"Sunita Draftwala"_s);
        QCOMPARE(drafts.first().leadId, m_leadId);
        // Never the full Aadhaar number: only its last four digits.
        QVERIFY(!QJsonDocument(drafts.first().toJson()).toJson().contains(first11.toUtf8()));
        QVERIFY(drafts.first().values[u"aadhaar_masked"_s].toString().startsWith(u"XXXX XXXX"_s));

        // Closing with unsaved changes asks; Cancel keeps the form, Discard drops it and its draft.
        Widgets::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        Widgets::MessageBox::setNextAnswer(QMessageBox::Discard);
        QPointer<Widgets::RecordFormDialog> open(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!open || !open->isVisible());
        QVERIFY(folder.entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(RecordFormsTest)
#include "recordforms_test.moc"
