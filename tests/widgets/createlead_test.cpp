// SPDX-License-Identifier: GPL-3.0-or-later
#include "createleaddialog.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "messagebox.h"

#include "../api/apitestkit.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void initTestCase() { QVERIFY(m_kit.start()); }

    void invalidPan_showsTheReasonAndDoesNotSend()
    {
        const int before = serverCount();
        Widgets::CreateLeadDialog dialog(&m_kit.session, { { u"x"_s, u"Program X"_s } });
        dialog.show();
        fill(dialog, u"Leela Samson"_s, u"ABCD1234"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"panError"_s)->text().contains(u"10 characters"_s));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(serverCount(), before);
        QVERIFY(dialog.isVisible());
    }

    void serverRefusal_landsOnTheFieldAndKeepsTheForm()
    {
        Widgets::CreateLeadDialog dialog(&m_kit.session, {});
        dialog.show();
        QTest::keyClicks(dialog.findChild<QComboBox*>(u"programEdit"_s)->lineEdit(), u"no-such-program"_s);
        fill(dialog, u"Leela Samson"_s, u"ABCPS1234K"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto* programError = dialog.findChild<QLabel*>(u"programError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(programError->text().contains(u"does not exist"_s), 10000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit*>(u"applicantNameEdit"_s)->text(), u"Leela Samson"_s);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"panEdit"_s)->text(), u"ABCPS1234K"_s);
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
            list->rowCount() > 0 && list->lead(0).displayName() == u"Vikram Seth Traders"_s, 10000);

        tabs->setCurrentIndex(0);
        auto* table = window.leadListPage()->findChild<QTableView*>(u"leadTable"_s);
        table->setCurrentIndex(list->index(0, 0));
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        window.deleteSelectedLead();
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(), before, 10000);
        QTRY_VERIFY(list->rowCount() == 0 || list->lead(0).displayName() != u"Vikram Seth Traders"_s);
    }

    void deleteCancelled_keepsTheLead()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->rowCount() > 0, 10000);
        const int before = serverCount();
        auto* table = window.leadListPage()->findChild<QTableView*>(u"leadTable"_s);
        table->setCurrentIndex(window.leadListPage()->model()->index(0, 0));
        Widgets::MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.deleteSelectedLead();
        QTest::qWait(200);
        QCOMPARE(serverCount(), before);
    }
};

QTEST_MAIN(CreateLeadTest)
#include "createlead_test.moc"
