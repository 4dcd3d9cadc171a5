// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "filedialog.h"
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
