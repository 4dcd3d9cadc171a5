// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"
#include "createleaddialog.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"

#include "../api/apitestkit.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Signing in: Test Connection says what is wrong in plain words, and a 401 brings the sign-in back
//! while the user's open form and place are kept; the held requests finish with the new token.
class SignInTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 30, 29 };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_kit.start());
    }

    void testConnection_reportsAWrongToken()
    {
        const auto sandbox = Api::ConnectionProfile::sandbox(m_kit.sandbox.server().baseUrl());
        Widgets::ConnectionDialog dialog(sandbox);
        dialog.show();
        dialog.setCurrent(sandbox, u"wrong-token"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"testButton"_s), Qt::LeftButton);
        auto* result = dialog.findChild<QLabel*>(u"testResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"sign-in"_s), 10000);
        QVERIFY(result->text().startsWith(u"The server answered, but"_s));

        dialog.findChild<QLineEdit*>(u"tokenEdit"_s)->setText(m_kit.sandbox.server().token());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected"_s), 10000);
        QVERIFY(result->text().contains(u"30 leads"_s));
    }

    void insecureCustomUrl_cannotBeChosen()
    {
        Widgets::ConnectionDialog dialog(std::nullopt);
        dialog.show();
        auto* profiles = dialog.findChild<QComboBox*>(u"profileEdit"_s);
        profiles->setCurrentIndex(profiles->count() - 1); // Custom server
        dialog.findChild<QLineEdit*>(u"urlEdit"_s)->setText(u"http://crm.example.com"_s);
        QVERIFY(!dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(u"testResult"_s)->text().contains(u"https"_s));
        QVERIFY(!dialog.profile().has_value());
    }

    void unauthorized_bringsBackSignIn_keepingTheOpenForm()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(list->state() == Models::LeadListModel::State::Loaded, 10000);

        window.findChild<QAction*>(u"actionNewLead"_s)->trigger();
        Widgets::CreateLeadDialog* form = nullptr;
        QTRY_VERIFY((form = window.findChild<Widgets::CreateLeadDialog*>()) != nullptr);
        QTest::keyClicks(form->findChild<QLineEdit*>(u"applicantNameEdit"_s), u"Half Typed Traders"_s);

        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"auth_expire_after"_s, 1 } }).status, 200);
        window.leadListPage()->refresh(); // counts as the one allowed request
        QTRY_VERIFY_WITH_TIMEOUT(list->state() != Models::LeadListModel::State::Loading, 10000);
        window.leadListPage()->refresh(); // this one meets the 401
        Widgets::ConnectionDialog* signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = window.findChild<Widgets::ConnectionDialog*>()) != nullptr, 10000);
        QVERIFY(signIn->findChild<QLabel*>(u"reasonLabel"_s)->text().contains(u"Your work is kept"_s));
        QCOMPARE(list->state(), Models::LeadListModel::State::Loading); // held, not failed

        // The open form is untouched.
        QVERIFY(form->isVisible());
        QCOMPARE(form->findChild<QLineEdit*>(u"applicantNameEdit"_s)->text(), u"Half Typed Traders"_s);

        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"auth_expire_after"_s, 0 } }).status, 200);
        signIn->findChild<QLineEdit*>(u"tokenEdit"_s)->setText(m_kit.sandbox.server().token());
        signIn->accept();
        QTRY_COMPARE_WITH_TIMEOUT(list->state(), Models::LeadListModel::State::Loaded, 10000);
        QVERIFY(list->rowCount() > 0);
        QVERIFY(form->isVisible());
        QTRY_VERIFY(window.findChild<QLabel*>(u"onlineLabel"_s)->text().contains(u"Online"_s));
    }
};

QTEST_MAIN(SignInTest)
#include "signin_test.moc"
