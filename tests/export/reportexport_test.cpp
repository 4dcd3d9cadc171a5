// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "exportoptionsdialog.h"
#include "filedialog.h"
#include "leaddetailloader.h"
#include "leaddetailpage.h"
#include "linereportworkbook.h"
#include "messagebox.h"
#include "moneyformatter.h"
#include "portfoliobreakdownmodel.h"
#include "portfolioexport.h"
#include "portfolioloader.h"
#include "portfoliomodel.h"
#include "portfoliopage.h"
#include "readback.h"
#include "validators.h"

#include "../api/apitestkit.h"

#include <QCheckBox>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Crego;
using namespace Qt::StringLiterals;

//! A borrower's line report and the portfolio exported from their tabs, offscreen against the sandbox, and
//! read back: every sheet, figures as numbers equal to the app's, Aadhaar and account numbers masked unless
//! the user chose (and confirmed) full account numbers, the portfolio's Leads sheet limited to a drill-down.
class ReportExportTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 120, 41 };
    QTemporaryDir m_directory;

    //! Follows \a dialog to its end; its closing message.
    static QString finished(Widgets::ExportDialog* created)
    {
        QPointer<Widgets::ExportDialog> dialog = created;
        if (!dialog || !QTest::qWaitFor([&dialog] { return !dialog || dialog->isFinished(); }, 30000) || !dialog) {
            return QString();
        }
        const QString message = dialog->message();
        dialog->close();
        return message;
    }
    //! Column \a title of the table whose header row is \a header in \a rows.
    static int column(const QJsonArray& rows, int header, const QString& title)
    {
        const QJsonArray titles = rows[header].toArray();
        for (int index = 0; index < titles.size(); ++index) {
            if (titles[index][u"value"_s].toString() == title) {
                return index;
            }
        }
        return -1;
    }
    //! A lead of the sandbox with at least one bank account, and a line.
    QString leadWithBanks()
    {
        const QJsonArray leads
            = m_kit.sandbox.get(u"/v1/crm/leads/?status=disbursed&page_size=50"_s).object()[u"results"_s].toArray();
        for (const QJsonValue& lead : leads) {
            const QString id = lead[u"id"_s].toString();
            if (!m_kit.sandbox.get(u"/v1/crm/banks/?lead="_s + id).array().isEmpty()) {
                return id;
            }
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
        QVERIFY(m_directory.isValid());
    }

    void lineReport_everySheet_accountNumbersMaskedUnlessChosen()
    {
        const QString leadId = leadWithBanks();
        QVERIFY(!leadId.isEmpty());
        Widgets::LeadDetailPage page(&m_kit.session, leadId);
        page.resize(1280, 720);
        page.show();
        Models::LeadDetailLoader* loader = page.loader();
        using Part = Models::LeadDetailLoader::Part;
        for (Part part :
            { Part::Lead, Part::Programs, Part::Applicants, Part::Banks, Part::Documents, Part::Addresses }) {
            QTRY_COMPARE_WITH_TIMEOUT(loader->state(part), Models::LeadDetailLoader::State::Loaded, 10000);
        }
        const QList<Core::BankAccount> banks = loader->banks()->records();
        QVERIFY(!banks.isEmpty());

        // Masked: the default.
        const QString masked = m_directory.filePath(u"masked.xlsx"_s);
        Widgets::ExportOptionsDialog::setNextChoice({});
        Widgets::FileDialog::setNextSaveName(masked);
        QString message = finished(page.exportReport());
        QVERIFY2(message.startsWith(u"Exported the line report of %1."_s.arg(loader->lead().displayName())),
            qPrintable(message));
        const QJsonObject book = Tests::Readback::cells(masked);
        QCOMPARE(book[u"sheets"_s].toObject().keys().size(), Export::LineReportWorkbook::sheetNames().size());
        QVERIFY(book[u"properties"_s][u"title"_s].toString().contains(loader->lead().displayName()));

        QJsonArray rows = Tests::Readback::rows(book, u"Bank accounts"_s);
        QVERIFY(rows[3][0][u"value"_s].toString().startsWith(u"Account numbers: masked"_s));
        int account = column(rows, 5, u"Account number"_s);
        QVERIFY(account >= 0);
        QCOMPARE(rows.size() - 6, banks.size());
        QStringList written;
        QStringList expected;
        for (int row = 6; row < rows.size(); ++row) {
            written.append(rows[row][account][u"value"_s].toString());
            QCOMPARE(rows[row][account][u"type"_s].toString(), u"str"_s);
        }
        for (const Core::BankAccount& bank : banks) {
            expected.append(Core::Validators::maskAccountNumber(bank.accountNumber));
            QVERIFY(!written.contains(bank.accountNumber));
        }
        QCOMPARE(written, expected);

        // Aadhaar: the last four digits only, whatever the server holds.
        rows = Tests::Readback::rows(book, u"Applicants"_s);
        const int aadhaar = column(rows, 5, u"Aadhaar"_s);
        for (int row = 6; row < rows.size(); ++row) {
            const QString value = rows[row][aadhaar][u"value"_s].toString();
            QVERIFY2(value.isEmpty() || QRegularExpression(u"^XXXX XXXX \\d{4}$"_s).match(value).hasMatch(),
                qPrintable(value));
        }

        // The summary's figures are numbers equal to the line's, exact from paise.
        rows = Tests::Readback::rows(book, u"Summary"_s);
        const int header = 8;
        const int approved = column(rows, header, u"Approved (₹)"_s);
        const int outstanding = column(rows, header, u"Total outstanding (₹)"_s);
        QVERIFY(approved >= 0 && outstanding >= 0);
        int lines = 0;
        for (const Core::LeadProgram& program : loader->programs()) {
            if (!program.lineDetail) {
                continue;
            }
            const QJsonArray cells = rows[header + 1 + lines++].toArray();
            QCOMPARE(cells[approved][u"value"_s].toDouble(), program.lineDetail->approvedLineAmount.paise() / 100.0);
            QCOMPARE(cells[outstanding][u"value"_s].toDouble(), program.lineDetail->totalOutstanding.paise() / 100.0);
        }
        QVERIFY(lines > 0);
        QCOMPARE(rows.size() - header - 1, lines);
        rows = Tests::Readback::rows(book, u"Outstanding"_s);
        QCOMPARE(rows.size() - 6, 5 * lines); // four components and a total per line

        // In full: chosen (and confirmed in the dialog); the header says so.
        const QString full = m_directory.filePath(u"full.xlsx"_s);
        Widgets::ExportOptionsDialog::setNextChoice({ u"fullAccountNumbers"_s });
        Widgets::FileDialog::setNextSaveName(full);
        message = finished(page.exportReport());
        QVERIFY2(message.startsWith(u"Exported"_s), qPrintable(message));
        rows = Tests::Readback::rows(Tests::Readback::cells(full), u"Bank accounts"_s);
        QVERIFY(rows[3][0][u"value"_s].toString().contains(u"in full"_s));
        written.clear();
        expected.clear();
        for (int row = 6; row < rows.size(); ++row) {
            written.append(rows[row][account][u"value"_s].toString());
        }
        for (const Core::BankAccount& bank : banks) {
            expected.append(bank.accountNumber);
        }
        QCOMPARE(written, expected);
    }

    void lineReportPdf_tilesTablesAndCharts_masked()
    {
        const QString leadId = leadWithBanks();
        Widgets::LeadDetailPage page(&m_kit.session, leadId);
        page.show();
        Models::LeadDetailLoader* loader = page.loader();
        const QString path = m_directory.filePath(u"line.pdf"_s);
        Widgets::FileDialog::setNextSaveName(path);
        const QString message = finished(page.exportPdf()); // waits for the parts still loading
        QVERIFY2(message.startsWith(u"Exported the line report"_s), qPrintable(message));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 2);
        const QImage first = pdf.render(0, QSize(1240, 1754));
        QVERIFY(!first.isNull());
        if (const QByteArray folder = qgetenv("CREGO_SCREENSHOT_DIR"); !folder.isEmpty()) {
            first.save(QString::fromLocal8Bit(folder) + u"/line-report-pdf-1.png"_s);
            pdf.render(1, QSize(1240, 1754)).save(QString::fromLocal8Bit(folder) + u"/line-report-pdf-2.png"_s);
        }
        QString text;
        for (int number = 0; number < pdf.pageCount(); ++number) {
            text += pdf.getAllText(number).text() + u'\n';
        }
        for (const QChar separator : { QChar(u'\n'), QChar(QChar::ParagraphSeparator), QChar(QChar::LineSeparator) }) {
            text.replace(separator, u' ');
        }
        QVERIFY(text.contains(loader->lead().displayName()));
        QVERIFY(text.contains(u"Outstanding against paid"_s));
        for (const Core::BankAccount& bank : loader->banks()->records()) {
            QVERIFY2(text.contains(Core::Validators::maskAccountNumber(bank.accountNumber)),
                qPrintable(text.mid(text.indexOf(u"Bank accounts"_s), 400)));
            QVERIFY(!text.contains(bank.accountNumber));
        }
        for (const Core::LeadProgram& program : loader->programs()) {
            if (program.lineDetail) { // the tiles' figures, as the app writes money
                QVERIFY(text.contains(Core::MoneyFormatter::format(program.lineDetail->approvedLineAmount)));
            }
        }
    }

    void fullAccountNumbers_askForConfirmation()
    {
        Widgets::ExportOptionsDialog options(u"Export Line Report"_s, u"The line report."_s);
        QCheckBox* box = options.addOption(u"fullAccountNumbers"_s, u"Include full account numbers"_s);
        options.confirmOption(u"fullAccountNumbers"_s, u"Include them?"_s);
        options.show();
        Widgets::MessageBox::setNextAnswer(QMessageBox::No);
        box->click();
        QVERIFY(!box->isChecked()); // "No" leaves them masked
        QVERIFY(options.chosen().isEmpty());
        Widgets::MessageBox::setNextAnswer(QMessageBox::Yes);
        box->click();
        QVERIFY(box->isChecked());
        QCOMPARE(options.chosen(), QStringList { u"fullAccountNumbers"_s });
    }

    void portfolio_totalsBreakdowns_andTheLeadsOfADrillDown()
    {
        Widgets::PortfolioPage page(&m_kit.session);
        page.resize(1280, 720);
        page.show();
        page.load(Api::LeadQuery(), u"All leads"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isRunning(), 30000);
        Models::PortfolioModel* portfolio = page.portfolio();
        QCOMPARE(portfolio->leadCount(), 120);
        Models::PortfolioBreakdownModel* buckets = portfolio->byDpdBucket();
        int drilled = -1;
        for (int row = 0; row < buckets->rowCount(); ++row) {
            if (buckets->leadCount(row) > 0 && buckets->leadCount(row) < portfolio->leadCount()) {
                drilled = row;
            }
        }
        QVERIFY(drilled >= 0);
        page.drillDown(buckets, drilled);

        const QString path = m_directory.filePath(u"portfolio.xlsx"_s);
        Widgets::ExportOptionsDialog::setNextChoice({ u"drillDownOnly"_s });
        Widgets::FileDialog::setNextSaveName(path);
        const QString message = finished(page.exportPortfolio());
        QVERIFY2(message.startsWith(u"Exported the portfolio"_s), qPrintable(message));

        const QJsonObject book = Tests::Readback::cells(path);
        QJsonArray rows = Tests::Readback::rows(book, u"Totals"_s);
        QCOMPARE(rows[6][1][u"value"_s].toInt(), 120); // Leads
        QCOMPARE(rows[9][0][u"value"_s].toString(), u"Outstanding (₹)"_s);
        QCOMPARE(rows[9][1][u"value"_s].toDouble(), portfolio->outstanding().paise() / 100.0);
        rows = Tests::Readback::rows(book, u"DPD buckets"_s);
        QCOMPARE(rows.size() - 6, buckets->rowCount());
        QCOMPARE(rows[6 + drilled][1][u"value"_s].toInt(), buckets->leadCount(drilled));
        rows = Tests::Readback::rows(book, u"Leads"_s);
        QVERIFY2(rows[0][0][u"value"_s].toString().endsWith(buckets->label(drilled)),
            qPrintable(rows[0][0][u"value"_s].toString()));
        QCOMPARE(rows.size() - 7, buckets->leadCount(drilled)); // five header lines, a blank, the titles

        // Cancelled while it is written: no file, whatever point the writing had reached.
        const QString cancelledPath = m_directory.filePath(u"cancelled-portfolio.xlsx"_s);
        Models::PortfolioExport cancelled(
            Models::PortfolioExport::report(*portfolio, QString(), u"test"_s), cancelledPath);
        bool succeeded = true;
        QString said;
        connect(&cancelled, &Models::ExportJob::finished, this, [&](bool ok, const QString& text) {
            succeeded = ok;
            said = text;
        });
        cancelled.start();
        cancelled.cancel();
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY(!succeeded);
        QVERIFY2(said.contains(u"no file was written"_s), qPrintable(said));
        QVERIFY(!QFile::exists(cancelledPath));
        QVERIFY(QDir(m_directory.path()).entryList({ u"*.part"_s }, QDir::Files | QDir::Hidden).isEmpty());

        // LibreOffice shows the totals with Indian grouping.
        const QJsonArray shown = Tests::Readback::shown(path);
        const QString approved = shown[8][1].toString();
        QVERIFY2(QRegularExpression(u"^\\d{1,2}(,\\d\\d)*,\\d{3}(\\.\\d\\d)?$"_s).match(approved).hasMatch(),
            qPrintable(approved));
    }
};

QTEST_MAIN(ReportExportTest)
#include "reportexport_test.moc"
