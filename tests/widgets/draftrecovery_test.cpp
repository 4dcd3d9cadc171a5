// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"
#include "draftstore.h"
#include "leaddetailloader.h"
#include "leaddetailpage.h"
#include "mainwindow.h"
#include "recordform.h"
#include "recordformdialog.h"
#include "session.h"

#include "../api/apitestkit.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <csignal>
#include <iostream>

using namespace Crego;
using namespace Qt::StringLiterals;

namespace {

const QString ChildFlag = u"--type-and-wait"_s;
const QString NewName = u"Farhan Qureshi"_s;
const QString NewPan = u"ABCPQ6789F"_s;
const QString NewHolder = u"Farhan Q. Traders"_s;
const QString NewLine = u"22, Residency Road"_s;

QString draftFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
}

//! What a signed-in user has on screen: the main window on \a url with the lead \a leadId open.
struct Desk
{
    explicit Desk(const QUrl& url, const QString& token)
    {
        session.setKeychainEnabled(true); // the drafts key lives in the real (test) keychain
        const auto profile = Api::ConnectionProfile::sandbox(url);
        session.setSandboxProfile(profile);
        session.open(profile, token);
        window.resize(1280, 720);
        window.show();
        window.setSession(&session);
        window.showLeads();
    }
    Widgets::LeadDetailPage* open(const QString& leadId)
    {
        window.openLead(leadId);
        auto* page = qobject_cast<Widgets::LeadDetailPage*>(
            window.findChild<QTabWidget*>(u"workspaceTabs"_s)->currentWidget());
        return page;
    }
    Api::Session session;
    Widgets::MainWindow window;
};

void type(Widgets::RecordFormDialog* dialog, const char* field, const QString& text)
{
    auto* input = dialog->findChild<QLineEdit*>(QLatin1String(field));
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Backspace);
    QTest::keyClicks(input, text);
}

//! The process that gets killed: types into three forms, says so once their drafts are on disk, then waits.
int typeAndWait(const QUrl& url, const QString& token, const QString& leadId)
{
    Desk desk(url, token);
    Widgets::LeadDetailPage* page = desk.open(leadId);
    if (!QTest::qWaitFor(
            [page] {
                return page->loader()->state(Models::LeadDetailLoader::Part::Banks)
                    == Models::LeadDetailLoader::State::Loaded;
            },
            15000)) {
        return 2;
    }
    Widgets::RecordFormDialog* applicant = page->openForm(Models::RecordKind::Applicant);
    type(applicant, "nameEdit", NewName);
    type(applicant, "panEdit", NewPan);
    type(applicant, "mobileEdit", u"9123456780"_s);
    const QString bankId = page->loader()->banks()->record(0).id;
    Widgets::RecordFormDialog* bank = page->openForm(Models::RecordKind::BankAccount, bankId);
    type(bank, "holderEdit", NewHolder);
    Widgets::RecordFormDialog* address = page->openForm(Models::RecordKind::Address);
    type(address, "line1Edit", NewLine);
    type(address, "landmarkEdit", u"Opposite the post office"_s);
    if (!QTest::qWaitFor([] { return QDir(draftFolder()).entryList(QDir::Files).size() == 3; }, 30000)) {
        return 3;
    }
    std::cout << "DRAFTS-WRITTEN" << std::endl;
    return QApplication::exec(); // until SIGKILL
}

} // namespace

//! Forms survive a crash: a process types into three forms (applicant, bank account, address) and is killed
//! with SIGKILL; the next start offers "Restore 3 unsaved forms" and reopens them on their lead with every
//! field as it was. Runs against a real
//! keychain (tests/support/with-keyring.sh) because the drafts' key lives there.
class DraftRecoveryTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 8, 31 };

private Q_SLOTS:
    void killedWhileTyping_formsComeBack()
    {
        QVERIFY(m_kit.start());
        QDir(draftFolder()).removeRecursively();
        const QJsonArray leads = m_kit.sandbox.get(u"/v1/crm/leads/?page_size=5"_s).object()[u"results"_s].toArray();
        const QString leadId = leads.first()[u"id"_s].toString();

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
            { ChildFlag, m_kit.sandbox.server().baseUrl().toString(), m_kit.sandbox.server().token(), leadId });
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += child.readAllStandardOutput()).contains("DRAFTS-WRITTEN") || child.state() == QProcess::NotRunning,
            30000);
        QVERIFY2(said.contains("DRAFTS-WRITTEN"),
            qPrintable(u"the typing process ended with %1 before writing its drafts"_s.arg(child.exitCode())));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // On disk: two owner-only files that do not read as text.
        const QDir folder(draftFolder());
        const QStringList files = folder.entryList(QDir::Files);
        QCOMPARE(files.size(), 3);
        for (const QString& name : files) {
            QFile file(folder.filePath(name));
            QCOMPARE(file.permissions()
                    & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                        | QFileDevice::WriteUser),
                QFileDevice::Permissions());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(NewName.toUtf8()) && !bytes.contains(NewPan.toUtf8()));
            QVERIFY(!bytes.contains("Farhan"));
        }

        // The next start, in this process: the offer, then both forms as they were.
        Desk desk(m_kit.sandbox.server().baseUrl(), m_kit.sandbox.server().token());
        QPushButton* restore = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (restore = desk.window.findChild<QPushButton*>(u"restoreDraftsButton"_s)) && restore->isVisible(), 10000);
        QCOMPARE(restore->text(), u"Restore 3 unsaved forms"_s);
        restore->click();
        QList<Widgets::RecordFormDialog*> dialogs;
        QTRY_COMPARE_WITH_TIMEOUT((dialogs = desk.window.findChildren<Widgets::RecordFormDialog*>()).size(), 3, 15000);
        auto* page = qobject_cast<Widgets::LeadDetailPage*>(
            desk.window.findChild<QTabWidget*>(u"workspaceTabs"_s)->currentWidget());
        QCOMPARE(page->leadId(), leadId);
        QString applicantName;
        QString pan;
        QString holder;
        QString line;
        for (Widgets::RecordFormDialog* dialog : dialogs) {
            QVERIFY(dialog->isVisible());
            if (dialog->editor()->kind() == Models::RecordKind::Applicant) {
                QVERIFY(dialog->editor()->isNew());
                applicantName = dialog->findChild<QLineEdit*>(u"nameEdit"_s)->text();
                pan = dialog->findChild<QLineEdit*>(u"panEdit"_s)->text();
                QCOMPARE(dialog->findChild<QLineEdit*>(u"mobileEdit"_s)->text(), u"9123456780"_s);
            } else if (dialog->editor()->kind() == Models::RecordKind::BankAccount) {
                QVERIFY(!dialog->editor()->isNew());
                holder = dialog->findChild<QLineEdit*>(u"holderEdit"_s)->text();
                QVERIFY(dialog->isDirty());
            } else {
                line = dialog->findChild<QLineEdit*>(u"line1Edit"_s)->text();
                QCOMPARE(dialog->findChild<QLineEdit*>(u"landmarkEdit"_s)->text(), u"Opposite the post office"_s);
            }
            QVERIFY(dialog->message().contains(u"Restored"_s));
        }
        QCOMPARE(applicantName, NewName);
        QCOMPARE(pan, NewPan);
        QCOMPARE(holder, NewHolder);
        QCOMPARE(line, NewLine);
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == ChildFlag) {
        return typeAndWait(QUrl(arguments.at(2)), arguments.at(3), arguments.at(4));
    }
    DraftRecoveryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "draftrecovery_test.moc"
