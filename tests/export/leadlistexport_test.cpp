// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "exportdialog.h"
#include "exportoptionsdialog.h"
#include "filedialog.h"
#include "leadcolumns.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "readback.h"

#include "../api/apitestkit.h"
#include "screenshot.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace Crego;
using namespace Qt::StringLiterals;

//! File → Export Leads… on the lead list, offscreen against the sandbox: every lead of the current filter
//! (all pages, not only those loaded) in the columns shown and their order; Cancel leaves no file.
class LeadListExportTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 450, 31 };
    QTemporaryDir m_directory;

    QStringList files() const
    {
        return QDir(m_directory.path()).entryList({ u"*.xlsx"_s, u"*.part"_s }, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
        QVERIFY(m_directory.isValid());
    }

    void exportsWhatIsShown_allPagesOfTheFilter()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.resize(1280, 720);
        page.show();
        auto* status = page.findChild<QComboBox*>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"disbursed"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        auto* table = page.findChild<QTableView*>(u"leadTable"_s);
        table->setColumnHidden(Models::LeadListModel::Mobile, true);
        table->horizontalHeader()->moveSection(
            table->horizontalHeader()->visualIndex(Models::LeadListModel::Outstanding), 0);
        const int serverCount
            = m_kit.sandbox.get(u"/v1/crm/leads/?status=disbursed&page_size=1"_s).object()[u"count"_s].toInt();
        QVERIFY(serverCount > 50); // more than the list's first page

        const QString path = m_directory.filePath(u"disbursed.xlsx"_s);
        Widgets::ExportOptionsDialog::setNextChoice({});
        Widgets::FileDialog::setNextSaveName(path);
        Widgets::ExportDialog* dialog = page.exportLeads();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30000);
        QVERIFY2(dialog->message().startsWith(u"Exported %1 leads."_s.arg(serverCount)), qPrintable(dialog->message()));
        Tests::screenshot(*dialog, u"export-finished"_s);

        const QJsonObject sheet = Tests::Readback::cells(path)[u"sheets"_s][u"Leads"_s].toObject();
        const QJsonArray rows = sheet[u"rows"_s].toArray();
        QCOMPARE(rows[0][0][u"value"_s].toString(), u"Leads: Status: Disbursed"_s);
        QStringList titles;
        for (const QJsonValue& cell : rows[5].toArray()) {
            titles.append(cell[u"value"_s].toString());
        }
        QCOMPARE(titles.first(), u"Outstanding (₹)"_s); // moved first
        QVERIFY(!titles.contains(u"Primary mobile"_s)); // hidden
        QCOMPARE(titles.size(), int(Models::LeadListModel::ColumnCount) - 1);
        QCOMPARE(rows.size() - 6, serverCount);
        QCOMPARE(files(), QStringList { u"disbursed.xlsx"_s });
        dialog->close();
    }

    //! Runs page.exportLeads() with \a choices to \a name; the dialog's closing message.
    QString exportWith(Widgets::LeadListPage& page, const QStringList& choices, const QString& name)
    {
        Widgets::ExportOptionsDialog::setNextChoice(choices);
        Widgets::FileDialog::setNextSaveName(m_directory.filePath(name));
        QPointer<Widgets::ExportDialog> dialog = page.exportLeads();
        if (!dialog) {
            return QString();
        }
        if (!QTest::qWaitFor([&dialog] { return !dialog || dialog->isFinished(); }, 30000) || !dialog) {
            return QString();
        }
        const QString message = dialog->message();
        dialog->close();
        return message;
    }
    static QStringList titlesOf(const QJsonArray& row)
    {
        QStringList titles;
        for (const QJsonValue& cell : row) {
            titles.append(cell[u"value"_s].toString());
        }
        return titles;
    }

    void allColumns_evenThoseTheListHides()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        page.findChild<QTableView*>(u"leadTable"_s)->setColumnHidden(Models::LeadListModel::Mobile, true);
        const QString message = exportWith(page, { u"allColumns"_s }, u"all-columns.xlsx"_s);
        QVERIFY2(message.startsWith(u"Exported"_s), qPrintable(message));
        const QJsonArray rows
            = Tests::Readback::rows(Tests::Readback::cells(m_directory.filePath(u"all-columns.xlsx"_s)), u"Leads"_s);
        QStringList expected;
        for (const QString& key : Export::LeadColumns::keys()) {
            expected.append(Export::LeadColumns::title(key));
        }
        QStringList titles = titlesOf(rows[5].toArray());
        QCOMPARE(titles.size(), expected.size());
        titles.sort();
        expected.sort();
        QCOMPARE(titles, expected);
    }

    void serverExport_savesTheServersWorkbook()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        auto* npa = page.findChild<QComboBox*>(u"npaFilter"_s);
        npa->setCurrentIndex(npa->findData(u"SUB"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        const QString message = exportWith(page, { u"serverExport"_s }, u"server.xlsx"_s);
        QVERIFY2(message.startsWith(u"Saved the server's export"_s), qPrintable(message));
        const QJsonArray rows
            = Tests::Readback::rows(Tests::Readback::cells(m_directory.filePath(u"server.xlsx"_s)), u"Leads"_s);
        QVERIFY(rows[0][0][u"value"_s].toString().startsWith(u"Leads: npa_category: SUB"_s));
        const int serverCount
            = m_kit.sandbox.get(u"/v1/crm/leads/?npa_category=SUB&page_size=1"_s).object()[u"count"_s].toInt();
        QVERIFY(serverCount > 0);
        QCOMPARE(rows.size() - 6, serverCount);
    }

    void serverExport_thatIsNoWorkbook_savesNothing()
    {
        // A server whose export arrives cut in half, or as something else: the reason is said, nothing saved.
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"malformed_rate"_s, 1.0 } }).status, 200);
        const QStringList before = files();
        const QString message = exportWith(page, { u"serverExport"_s }, u"refused.xlsx"_s);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"malformed_rate"_s, 0.0 } }).status, 200);
        QVERIFY2(message.contains(u"No file was written"_s, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(files(), before);
    }

    void drillDownSelection_exportsExactlyItsLeads()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        QList<Core::Lead> chosen;
        for (int row = 0; row < 7; ++row) {
            chosen.append(Tests::leadOf(*page.model(), row * 3));
        }
        page.showSelection(u"Program: Seven picked"_s, chosen);
        const QString message = exportWith(page, {}, u"selection.xlsx"_s);
        QVERIFY2(message.startsWith(u"Exported 7 leads."_s), qPrintable(message));
        const QJsonArray rows
            = Tests::Readback::rows(Tests::Readback::cells(m_directory.filePath(u"selection.xlsx"_s)), u"Leads"_s);
        QCOMPARE(rows[0][0][u"value"_s].toString(), u"Leads: Program: Seven picked"_s);
        QCOMPARE(rows.size() - 6, 7);
        const int refColumn = int(titlesOf(rows[5].toArray()).indexOf(u"Ref ID"_s));
        QVERIFY(refColumn >= 0);
        QStringList refs;
        for (int row = 6; row < rows.size(); ++row) {
            refs.append(rows[row][refColumn][u"value"_s].toString());
        }
        QStringList expected;
        for (const Core::Lead& lead : chosen) {
            expected.append(lead.refId);
        }
        refs.sort();
        expected.sort();
        QCOMPARE(refs, expected);
    }

    void ctrlC_copiesTheSelectedCellsAsTextAndHtml()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        auto* table = page.findChild<QTableView*>(u"leadTable"_s);
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        table->setColumnHidden(Models::LeadListModel::Mobile, false);
        const QItemSelection cells(
            page.model()->index(0, Models::LeadListModel::Name), page.model()->index(1, Models::LeadListModel::RefId));
        table->selectionModel()->select(cells, QItemSelectionModel::ClearAndSelect);
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        const QMimeData* copied = QApplication::clipboard()->mimeData();
        const QString expected = page.model()->index(0, 0).data().toString() + u'\t'
            + page.model()->index(0, 1).data().toString() + u'\n' + page.model()->index(1, 0).data().toString() + u'\t'
            + page.model()->index(1, 1).data().toString() + u'\n';
        QCOMPARE(copied->text(), expected);
        QVERIFY(copied->html().startsWith(u"<table><tr><td>"_s));
        QCOMPARE(copied->html().count(u"<tr>"_s), 2);
    }

    void cancel_leavesNoFile()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"latency_ms"_s, 150 } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        const QStringList before = files();
        Widgets::ExportOptionsDialog::setNextChoice({});
        Widgets::FileDialog::setNextSaveName(m_directory.filePath(u"cancelled.xlsx"_s));
        Widgets::ExportDialog* dialog = page.exportLeads();
        QVERIFY(dialog);
        QTest::qWait(200);
        dialog->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
        QVERIFY2(dialog->message().contains(u"no file was written"_s), qPrintable(dialog->message()));
        QCOMPARE(files(), before);
        dialog->close();
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"latency_ms"_s, 0 } }).status, 200);
    }
};

QTEST_MAIN(LeadListExportTest)
#include "leadlistexport_test.moc"
