// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "cregoclient.h"
#include "keyboardshortcutsdialog.h"
#include "leaddetailpage.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "tablebehaviour.h"
#include "typetoconfirmdialog.h"

#include "../api/apitestkit.h"
#include "roles.h"
#include "screenshot.h"
#include "secretbox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Opening a lead from the list shows its header and fills the applicants, bank accounts, documents and
//! addresses tabs from the sandbox. Set CREGO_SCREENSHOT_DIR to keep screenshots of what was shown.
class LeadDetailPageTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 60, 19 };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window remembers its state in settings
        QSettings().clear();
        QVERIFY(m_kit.start());
    }

    void init() { QSettings().clear(); } // no test opens the leads another one left open

    void closedWindow_reopensWithItsSizePositionAndLeads()
    {
        QStringList opened;
        {
            Widgets::MainWindow window;
            window.setGeometry(60, 50, 1100, 700);
            window.show();
            window.setSession(&m_kit.session);
            window.showLeads();
            QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->rowCount() > 3, 10000);
            for (int row : { 2, 3 }) {
                opened.append(Tests::leadOf(*window.leadListPage()->model(), row).id);
                window.openLead(opened.last());
            }
            window.findChild<QTabWidget*>(u"workspaceTabs"_s)->setCurrentIndex(1); // the first lead in front
            QVERIFY(window.close());
        }
        Widgets::MainWindow again;
        QCOMPARE(again.size(), QSize(1100, 700));
        again.show();
        again.setSession(&m_kit.session);
        again.showLeads();
        auto* tabs = again.findChild<QTabWidget*>(u"workspaceTabs"_s);
        QCOMPARE(tabs->count(), 3);
        QStringList restored;
        for (int index = 1; index < tabs->count(); ++index) {
            restored.append(qobject_cast<Widgets::LeadDetailPage*>(tabs->widget(index))->leadId());
        }
        QCOMPARE(restored, opened);
        QCOMPARE(tabs->currentIndex(), 1);
        QSettings().clear();
    }

    void openingALead_fillsEveryTab()
    {
        Widgets::MainWindow window;
        window.resize(1280, 760);
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 10000);
        Tests::screenshot(window, u"lead-list"_s);

        const Core::Lead lead = Tests::leadOf(*list, 0);
        auto* table = window.leadListPage()->findChild<QTableView*>(u"leadTable"_s);
        table->setCurrentIndex(list->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        QTRY_COMPARE(tabs->count(), 2);
        auto* page = qobject_cast<Widgets::LeadDetailPage*>(tabs->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->leadId(), lead.id);
        QTRY_COMPARE(tabs->tabText(1), lead.displayName());
        QVERIFY(page->findChild<QLabel*>(u"nameLabel"_s)->text().contains(lead.displayName().toHtmlEscaped()));

        auto* applicants = page->findChild<QTableView*>(u"applicantsTable"_s);
        QTRY_COMPARE(applicants->model()->rowCount(), int(lead.applicants.size()));
        bool primaryMarked = false;
        for (int row = 0; row < applicants->model()->rowCount(); ++row) {
            primaryMarked
                = primaryMarked || applicants->model()->index(row, 0).data().toString().contains(u"(primary)"_s);
        }
        QVERIFY(primaryMarked);
        auto* banks = page->findChild<QTableView*>(u"banksTable"_s);
        QTRY_VERIFY(banks->model()->rowCount() > 0);
        QVERIFY(banks->model()->index(0, 2).data().toString().startsWith(u"XXXX"_s)); // masked account number
        QTRY_VERIFY(page->findChild<QTableView*>(u"documentsTable"_s)->model()->rowCount() > 0);
        QTRY_VERIFY(page->findChild<QTableView*>(u"addressesTable"_s)->model()->rowCount() > 0);
        QTRY_VERIFY(page->findChild<QLabel*>(u"approvedTile"_s)->text().startsWith(u"₹"_s));

        auto* detailTabs = page->findChild<QTabWidget*>(u"detailTabs"_s);
        detailTabs->setCurrentWidget(page->findChild<QWidget*>(u"banksPage"_s));
        Tests::screenshot(window, u"lead-detail-banks"_s);
        detailTabs->setCurrentWidget(page->findChild<QWidget*>(u"creditLinePage"_s));
        Tests::screenshot(window, u"lead-detail-credit-line"_s);

        // Opening the same lead again brings its tab forward instead of a second one.
        tabs->setCurrentIndex(0);
        window.openLead(lead.id);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 1);
    }

    void sendToService_andOpenInOwnWindow()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->rowCount() > 1, 10000);
        const QString leadId = Tests::leadOf(*window.leadListPage()->model(), 1).id;
        window.openLead(leadId);
        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        auto* page = qobject_cast<Widgets::LeadDetailPage*>(tabs->currentWidget());
        QVERIFY(page);
        auto* services = page->findChild<QLabel*>(u"serviceLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(services->text().contains(u"Not sent"_s), 10000);
        const QString before = services->text();
        Widgets::MessageBox::setNextAnswer(QMessageBox::Cancel); // asked first: Cancel sends nothing
        page->findChild<QToolButton*>(u"sendButton"_s)->menu()->actions().first()->trigger();
        QTest::qWait(300);
        QCOMPARE(services->text(), before);
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->findChild<QToolButton*>(u"sendButton"_s)->menu()->actions().first()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(services->text().contains(u"LOS LOS-"_s), 10000);
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->findChild<QToolButton*>(u"sendButton"_s)->menu()->actions().first()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(services->text().contains(u"Not sent to LOS"_s), 10000); // 409: already there

        const int tabsBefore = tabs->count();
        QTest::mouseClick(page->findChild<QPushButton*>(u"windowButton"_s), Qt::LeftButton);
        QCOMPARE(tabs->count(), tabsBefore - 1);
        QVERIFY(page->isWindow());
        QVERIFY(page->isVisible());
        const QString title = page->windowTitle();
        QVERIFY(title.endsWith(u" — Crego Desk"_s) && title.size() > 14);
        QVERIFY(page->findChild<QPushButton*>(u"windowButton"_s)->isHidden()); // it is its own window already
        // Opening the same lead again brings its window forward: no second copy, in a tab or a window.
        window.openLead(leadId);
        QCOMPARE(tabs->count(), tabsBefore - 1);
        QCOMPARE(window.findChildren<Widgets::LeadDetailPage*>().size(), 1);
        QVERIFY(page->isVisible());
        QCOMPARE(page->windowTitle(), title);
        page->close();
    }

    void ampersandInAName_isText_andKeysMoveAndCloseTabs()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->rowCount() > 1, 10000);
        // A borrower whose name has an "&" (the sandbox seeds "… Paints & Hardware").
        const QJsonArray found
            = m_kit.sandbox.get(u"/v1/crm/leads/?search=Hardware&page_size=5"_s).object()[u"results"_s].toArray();
        QVERIFY(!found.isEmpty());
        const QString name = found[0][u"name"_s].toString();
        QVERIFY(name.contains(u'&'));
        window.openLead(found[0][u"id"_s].toString());
        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->currentIndex()), QString(name).replace(u'&', u"&&"_s), 10000);
        window.openLead(Tests::leadOf(*window.leadListPage()->model(), 0).id);
        QCOMPARE(tabs->count(), 3);
        window.openLead(found[0][u"id"_s].toString()); // already open: its tab comes forward
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->currentIndex(), 1);
        tabs->setCurrentIndex(2);

        QTest::keySequence(&window, QKeySequence::PreviousChild);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keySequence(&window, QKeySequence::NextChild);
        QCOMPARE(tabs->currentIndex(), 2);
        QTest::keySequence(&window, QKeySequence::NextChild); // round to the list
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keySequence(&window, QKeySequence::Close); // the list stays
        QCOMPARE(tabs->count(), 3);
        tabs->setCurrentIndex(1);
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(tabs->count(), 2);
    }

    void deletingALeadThatOwesMoney_asksForItsRefId()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* model = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 1, 10000);
        int row = 0;
        while (row < model->rowCount() && Tests::leadOf(*model, row).lineSummary->totalOutstanding.paise() <= 0) {
            ++row;
        }
        QVERIFY2(row < model->rowCount(), "a lead with money outstanding on the first page");
        const Core::Lead lead = Tests::leadOf(*model, row);
        auto* table = window.leadListPage()->findChild<QTableView*>(u"leadTable"_s);
        table->setCurrentIndex(model->index(row, 0));

        window.findChild<QAction*>(u"actionDeleteLead"_s)->trigger();
        QPointer<Widgets::TypeToConfirmDialog> dialog;
        QTRY_VERIFY((dialog = window.findChild<Widgets::TypeToConfirmDialog*>()) && dialog->isVisible());
        auto* confirm = dialog->findChild<QPushButton*>(u"confirmButton"_s);
        QVERIFY(!confirm->isEnabled()); // a "Yes" is not enough
        QTest::keyClicks(dialog->entry(), lead.refId.left(lead.refId.size() - 1));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(dialog->entry(), lead.refId.right(1).toLower()); // case does not matter
        QVERIFY(confirm->isEnabled());
        // Cancel keeps the lead.
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_kit.sandbox.get(u"/v1/crm/leads/"_s + lead.id + u'/').status, 200);

        window.findChild<QAction*>(u"actionDeleteLead"_s)->trigger();
        QTRY_VERIFY((dialog = window.findChild<Widgets::TypeToConfirmDialog*>()) && dialog->isVisible());
        QTest::keyClicks(dialog->entry(), lead.refId);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_kit.sandbox.get(u"/v1/crm/leads/"_s + lead.id + u'/').status, 404, 10000);
        QTRY_COMPARE(model->rowOf(lead.id), -1);
    }

    void rightClick_offersTheRowsActions_andTabLeavesTables()
    {
        Widgets::MainWindow window;
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* model = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 4, 10000);
        QTableView* list = window.leadListPage()->table();
        const auto texts = [](QMenu* shown) {
            QStringList entries;
            for (QAction* action : shown->actions()) {
                entries.append(action->isSeparator() ? u"-"_s : action->text().remove(u'&'));
            }
            return entries;
        };
        // A right-click selects the row under the mouse, and offers what can be done with it.
        const QPoint row4 = list->visualRect(model->index(4, 0)).center();
        QMenu* menu = Widgets::TableBehaviour::contextMenu(list, row4);
        QCOMPARE(list->currentIndex().row(), 4);
        QCOMPARE(
            texts(menu), QStringList({ u"Open"_s, u"Open in New Window"_s, u"Delete Lead…"_s, u"-"_s, u"Copy"_s }));
        menu->actions().at(4)->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(Tests::leadOf(*model, 4).refId));
        // Ctrl+C is the same action, for the table in focus; Keyboard Shortcuts lists it.
        list->selectRow(3);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().contains(Tests::leadOf(*model, 3).refId));
        {
            Widgets::KeyboardShortcutsDialog shortcuts(&window);
            QStringList copies;
            for (int row = 0; row < shortcuts.shortcuts()->rowCount(); ++row) {
                if (shortcuts.shortcuts()->item(row, Widgets::KeyboardShortcutsDialog::Action)->text() == u"Copy"_s) {
                    copies.append(shortcuts.shortcuts()->item(row, Widgets::KeyboardShortcutsDialog::Keys)->text());
                }
            }
            QVERIFY(copies.contains(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
        }
        list->selectRow(4); // back on the row the menu was opened on
        const QString leadId = Tests::leadOf(*model, 4).id;
        menu->actions().at(1)->trigger(); // Open in New Window
        Widgets::LeadDetailPage* page = nullptr;
        QTRY_VERIFY((page = window.findChild<Widgets::LeadDetailPage*>()) != nullptr);
        QCOMPARE(page->leadId(), leadId);
        QVERIFY(page->isWindow() && page->isVisible());
        {
            // Keyboard Shortcuts names the table each Copy belongs to — and only tables copy, not the lists
            // the page's combo boxes pop up.
            QSet<QString> tables;
            for (const QTableView* table : window.findChildren<QTableView*>()) {
                tables.insert(table->accessibleName());
            }
            Widgets::KeyboardShortcutsDialog shortcuts(&window);
            QSet<QString> copyPlaces;
            for (int row = 0; row < shortcuts.shortcuts()->rowCount(); ++row) {
                if (shortcuts.shortcuts()->item(row, Widgets::KeyboardShortcutsDialog::Action)->text() == u"Copy"_s) {
                    copyPlaces.insert(
                        shortcuts.shortcuts()->item(row, Widgets::KeyboardShortcutsDialog::Where)->text());
                }
            }
            QVERIFY(copyPlaces.contains(u"Applicants"_s));
            QCOMPARE(copyPlaces, tables);
        }
        delete menu;

        // The applicants table of that lead: the buttons' actions, enabled as they are.
        auto* applicants = page->findChild<QTableView*>(u"applicantsTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(applicants->model()->rowCount() > 0, 10000);
        menu = Widgets::TableBehaviour::contextMenu(
            applicants, applicants->visualRect(applicants->model()->index(0, 0)).center());
        const QStringList offered = texts(menu);
        QVERIFY2(offered.contains(u"Edit…"_s) && offered.contains(u"Delete…"_s) && offered.last() == u"Copy"_s,
            qPrintable(offered.join(u", "_s)));
        delete menu;

        page->close();

        // Tab moves on from a table instead of walking its cells.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Tab);
        QVERIFY(!list->hasFocus());
    }

    void stockServer_banksTabShowsOnlyThisBorrowersAccounts()
    {
        const QString leadId = m_kit.sandbox.firstLeadId();
        const int own = int(m_kit.sandbox.get(u"/v1/crm/banks/?lead="_s + leadId).array().size());
        QVERIFY(own > 0);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"stock_server"_s, true } }).status, 200);
        m_kit.session.client()->conventions() = Api::ServerConventions();
        QVERIFY(int(m_kit.sandbox.get(u"/v1/crm/banks/?lead="_s + leadId).array().size()) > own); // everyone's

        Widgets::LeadDetailPage page(&m_kit.session, leadId);
        page.resize(1280, 720);
        page.show();
        auto* banks = page.findChild<QTableView*>(u"banksTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(banks->model()->rowCount(), own, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_kit.session.activeCalls(), 0, 10000);
        QCOMPARE(banks->model()->rowCount(), own);
        QVERIFY(page.findChild<QLabel*>(u"banksState"_s)->text().isEmpty()); // no error, nothing left out
        QVERIFY(page.findChild<QLabel*>(u"nameLabel"_s)->text().contains(u"<h2>"_s));
        QVERIFY(!page.findChild<QLabel*>(u"nameLabel"_s)->text().contains(u"not available"_s));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"stock_server"_s, false } }).status, 200);
    }

    void unreadableRecord_isCountedUnderItsTable()
    {
        const QString leadId = m_kit.sandbox.firstLeadId();
        const int own = int(m_kit.sandbox.get(u"/v1/crm/banks/?lead="_s + leadId).array().size());
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"unreadable_records"_s, true } }).status, 200);
        Widgets::LeadDetailPage page(&m_kit.session, leadId);
        page.show();
        auto* state = page.findChild<QLabel*>(u"banksState"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"could not be read"_s), 10000);
        QVERIFY(page.findChild<QTableView*>(u"banksTable"_s)->model()->rowCount() < own); // the rest show
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"unreadable_records"_s, false } }).status, 200);
    }

    void unknownLead_saysSo()
    {
        Widgets::LeadDetailPage page(&m_kit.session, u"no-such-lead"_s);
        page.show();
        QTRY_VERIFY(page.findChild<QLabel*>(u"nameLabel"_s)->text().contains(u"not available"_s));
        QTRY_VERIFY(page.findChild<QLabel*>(u"applicantsState"_s)->text().contains(u"No applicants"_s)
            || page.findChild<QLabel*>(u"applicantsState"_s)->text().contains(u"Could not"_s));
    }

    void offline_showsWhatWasReadAsOfThen_readOnly_thenLiveAgain()
    {
        QTemporaryDir folder;
        m_kit.session.keepReadsIn(folder.path(), Core::SecretBox::newKey());
        Widgets::MainWindow window;
        window.resize(1280, 720);
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0 && list->leadAt(0), 10000);
        const Core::Lead lead = *list->leadAt(0);
        window.openLead(lead.id);
        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        auto* page = qobject_cast<Widgets::LeadDetailPage*>(tabs->currentWidget());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QTableView*>(u"applicantsTable"_s)->model()->rowCount() > 0, 10000);
        auto* status = window.findChild<QLabel*>(u"onlineLabel"_s);
        QAction* newLead = window.findChild<QAction*>(u"actionNewLead"_s);
        QVERIFY(newLead->isEnabled());

        // The server goes away; the user refreshes the list and the lead.
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, 1.0 } }).status, 200);
        window.leadListPage()->refresh();
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"○ Offline — showing data as of "_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(list->state() == Models::LeadListModel::State::Loaded && list->leadAt(0), 15000);
        QCOMPARE(list->leadAt(0)->id, lead.id);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QTableView*>(u"applicantsTable"_s)->model()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->findChild<QLabel*>(u"nameLabel"_s)->text().contains(lead.displayName().toHtmlEscaped()), 15000);
        QVERIFY(!newLead->isEnabled()); // what needs the server waits, and says why
        QVERIFY(newLead->toolTip().startsWith(u"Offline — the data shown is as of "_s));
        QVERIFY(!window.findChild<QAction*>(u"actionExport"_s)->isEnabled());
        // The lead's own actions wait too, saying why; a double-click on a record opens no form.
        auto* addApplicant = page->findChild<QPushButton*>(u"addApplicantButton"_s);
        QTRY_VERIFY(!addApplicant->isEnabled());
        QCOMPARE(addApplicant->toolTip(), newLead->toolTip());
        QVERIFY(!page->findChild<QToolButton*>(u"sendButton"_s)->isEnabled());
        auto* applicants = page->findChild<QTableView*>(u"applicantsTable"_s);
        applicants->selectRow(0);
        QVERIFY(!page->findChild<QPushButton*>(u"editApplicantButton"_s)->isEnabled());
        QVERIFY(!page->openForm(
            Models::RecordKind::Applicant, applicants->model()->index(0, 0).data(Models::IdRole).toString()));
        Tests::screenshot(window, u"offline-cached"_s);

        // Back online: the banner goes and the actions come back.
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, 0 } }).status, 200);
        window.leadListPage()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"● Online"_s, 15000);
        QVERIFY(newLead->isEnabled());
        QVERIFY(addApplicant->isEnabled());
        QVERIFY(addApplicant->toolTip() != newLead->toolTip());
        QTRY_VERIFY_WITH_TIMEOUT(list->state() == Models::LeadListModel::State::Loaded, 10000);
        m_kit.session.keepReadsIn(QString(), QByteArray()); // the other tests read live only
    }
};

QTEST_MAIN(LeadDetailPageTest)
#include "leaddetailpage_test.moc"
