// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "createleaddialog.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "programcatalogue.h"
#include "typetoconfirmdialog.h"

#include "../api/apitestkit.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Creating and deleting leads the way a loan officer does: fields checked as typed, server refusals on
//! the right field with the form intact, the new lead listed and opened, a confirmed delete.
class CreateLeadTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 40, 23 };
    int serverCount() { return m_kit.sandbox.get(u"/v1/crm/leads/"_s).object()[u"count"_s].toInt(); }

    static void fill(Widgets::CreateLeadDialog& dialog, const QString& name, const QString& pan)
    {
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"primaryMobileEdit"_s), u"98201 23456"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"applicantNameEdit"_s), name);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"panEdit"_s), pan);
    }

    static QPushButton* okButton(Widgets::CreateLeadDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the program catalogue is kept in settings
        QSettings().clear();
        QVERIFY(m_kit.start());
    }

    void invalidPan_showsTheReasonAndDoesNotSend()
    {
        const int before = serverCount();
        Models::ProgramCatalogue programs(&m_kit.client);
        programs.note(u"x"_s, u"Program X"_s);
        Widgets::CreateLeadDialog dialog(&m_kit.session, &programs);
        dialog.show();
        fill(dialog, u"Leela Samson"_s, u"ABCD1234"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"panError"_s)->text().contains(u"10 characters"_s));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(serverCount(), before);
        QVERIFY(dialog.isVisible());
    }

    void typedProgram_mustBeOneOfTheConnections()
    {
        const int before = serverCount();
        Models::ProgramCatalogue programs(&m_kit.client);
        programs.note(u"p-dabur"_s, u"Dabur DF"_s);
        programs.note(u"p-hero"_s, u"Hero MotoCorp Dealer Finance"_s);
        Widgets::CreateLeadDialog dialog(&m_kit.session, &programs);
        dialog.show();
        auto* program = dialog.findChild<QComboBox*>(u"programEdit"_s);
        QCOMPARE(program->count(), 2);
        program->lineEdit()->clear();
        QTest::keyClicks(program->lineEdit(), u"Dabur DFX"_s); // not a program: it would be sent as an id
        fill(dialog, u"Leela Samson"_s, u"ABCPS1234K"_s);
        auto* programError = dialog.findChild<QLabel*>(u"programError"_s);
        QVERIFY2(programError->text().contains(u"not one of this connection's programs"_s),
            qPrintable(programError->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(serverCount(), before);
        // A known name, in any case, is the program's id.
        program->lineEdit()->clear();
        QTest::keyClicks(program->lineEdit(), u"dabur df"_s);
        QVERIFY(programError->text().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.lead().programId, u"p-dabur"_s);
    }

    void serverRefusal_landsOnTheFieldInWordsAndKeepsTheForm()
    {
        Models::ProgramCatalogue programs(&m_kit.client);
        programs.note(u"no-such-program"_s, u"Closed Program"_s); // known here, gone on the server
        Widgets::CreateLeadDialog dialog(&m_kit.session, &programs);
        dialog.show();
        fill(dialog, u"Leela Samson"_s, u"ABCPS1234K"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto* programError = dialog.findChild<QLabel*>(u"programError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            programError->text().contains(u"does not offer the program “Closed Program”"_s), 10000);
        QVERIFY(!programError->text().contains(u"pk"_s)); // the server's own words only in the tooltip
        QVERIFY(programError->toolTip().contains(u"does not exist"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit*>(u"applicantNameEdit"_s)->text(), u"Leela Samson"_s);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"panEdit"_s)->text(), u"ABCPS1234K"_s);
    }

    void afterAFailedListLoad_everyProgramIsStillOffered()
    {
        const int serverPrograms = int(m_kit.sandbox.get(u"/v1/crm/programs/"_s).array().size());
        QVERIFY(serverPrograms > 3);
        {
            Widgets::MainWindow window;
            window.setSession(&m_kit.session);
            window.showLeads();
            // The server's list (an extension), not only the programs of the leads on the first page.
            QTRY_COMPARE_WITH_TIMEOUT(
                int(window.leadListPage()->programCatalogue()->programs().size()), serverPrograms, 10000);
        }
        // The next start, with the server failing every call.
        m_kit.session.transport().setRetryDelays({});
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 1.0 } }).status, 200);
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->state() == Models::LeadListModel::State::Error, 10000);
        window.findChild<QAction*>(u"actionNewLead"_s)->trigger();
        Widgets::CreateLeadDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Widgets::CreateLeadDialog*>()) != nullptr);
        QCOMPARE(dialog->findChild<QComboBox*>(u"programEdit"_s)->count(), serverPrograms);
        dialog->reject();
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 0 } }).status, 200);
        m_kit.session.transport().setRetryDelays({ 20, 50, 100 });
    }

    void stockServer_programsSeenOnLeadsAreOffered()
    {
        QSettings().clear();
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"omit_program_list"_s, true } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        page.setSettingsKey(u"stock"_s);
        page.show();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
        QSet<QString> seen;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            seen.insert(Tests::leadOf(*page.model(), row).lineSummary->programId);
        }
        QTRY_COMPARE(int(page.programCatalogue()->programs().size()), int(seen.size()));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"omit_program_list"_s, false } }).status, 200);
    }

    void validLead_isCreatedListedAndOpened_thenDeleted()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->rowCount() > 0, 10000);
        const int before = serverCount();

        window.findChild<QAction*>(u"actionNewLead"_s)->trigger();
        Widgets::CreateLeadDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Widgets::CreateLeadDialog*>()) != nullptr);
        fill(*dialog, u"Vikram Seth Traders"_s, u"ABCPS4321K"_s);
        QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Widgets::CreateLeadDialog*>() == nullptr, 10000);
        QCOMPARE(serverCount(), before + 1);

        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->currentIndex()), u"Vikram Seth Traders"_s, 10000);
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            list->rowCount() > 0 && Tests::leadOf(*list, 0).displayName() == u"Vikram Seth Traders"_s, 10000);

        tabs->setCurrentIndex(0);
        auto* table = window.leadListPage()->findChild<QTableView*>(u"leadTable"_s);
        table->setCurrentIndex(list->index(0, 0));
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.deleteSelectedLead();
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(), before, 10000);
        QTRY_VERIFY(list->rowCount() == 0 || Tests::leadOf(*list, 0).displayName() != u"Vikram Seth Traders"_s);
    }

    void deleteCancelled_keepsTheLead()
    {
        // A lead that owes nothing and has no line yet: the plain Yes/Cancel question, not the typed ref ID.
        const QString programId
            = m_kit.sandbox.get(u"/v1/crm/leads/?page_size=1"_s).object()[u"results"_s][0][u"program_id"_s].toString();
        const QJsonObject created = m_kit.sandbox
                                        .post(u"/v1/crm/leads/"_s,
                                            { { u"program_id"_s, programId }, { u"primary_mobile"_s, u"9812345670"_s },
                                                { u"applicants"_s,
                                                    QJsonArray { QJsonObject { { u"name"_s, u"Cancel Traders"_s },
                                                        { u"is_primary"_s, true } } } } })
                                        .object();
        QVERIFY(!created[u"id"_s].toString().isEmpty());
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            list->rowCount() > 0 && Tests::leadOf(*list, 0).id == created[u"id"_s].toString(), 10000);
        const int before = serverCount();
        auto* table = window.leadListPage()->findChild<QTableView*>(u"leadTable"_s);
        table->setCurrentIndex(list->index(0, 0));
        Widgets::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.deleteSelectedLead();
        QTest::qWait(200);
        QVERIFY(!window.findChild<Widgets::TypeToConfirmDialog*>());
        QCOMPARE(serverCount(), before);
        QCOMPARE(m_kit.sandbox.get(u"/v1/crm/leads/"_s + created[u"id"_s].toString() + u'/').status, 200);
    }
};

QTEST_MAIN(CreateLeadTest)
#include "createlead_test.moc"
