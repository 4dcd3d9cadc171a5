// SPDX-License-Identifier: GPL-3.0-or-later
#include "indiannumberformat.h"
#include "readback.h"
#include "sheet.h"
#include "workbook.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The workbook writer read back by openpyxl and LibreOffice: amounts are numbers shown with Indian
//! grouping (negatives too), identifiers text with their leading zeros, dates real dates, the header bold,
//! frozen and filtered, sheet names within Excel's rules, and an unfinished workbook leaves no file.
class WorkbookTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString writeSample()
    {
        const QString path = m_directory.filePath(u"sample.xlsx"_s);
        Export::Workbook workbook(path, u"Sample"_s, u"A test"_s);
        Export::Sheet& sheet = workbook.addSheet(u"Dues: April/May [draft]"_s);
        sheet.addHeaderLines({ u"Sample export"_s, u"As of today"_s });
        sheet.setColumns({ u"Account"_s, u"Amount (₹)"_s, u"Share"_s, u"Due"_s });
        const struct
        {
            const char* account;
            qint64 paise;
        } rows[] = { { "000123456789", 123456700 }, { "0042", -123456700 }, { "9", 8005764 }, { "10", 99900 } };
        for (const auto& row : rows) {
            sheet.nextRow();
            sheet.identifier(0, QString::fromLatin1(row.account));
            sheet.amount(1, Core::Money::fromPaise(row.paise));
            sheet.percent(2, 12.5);
            sheet.date(3, Core::Timestamp::fromDateTime(QDateTime(QDate(2026, 4, 7), QTime(10, 30))));
        }
        if (!workbook.commit()) {
            qWarning("%s", qPrintable(workbook.error()));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    void indianFormats_perMagnitude()
    {
        QCOMPARE(Export::IndianNumberFormat::forValue(999, 0), u"0;-0"_s);
        QCOMPARE(Export::IndianNumberFormat::forValue(1234, 0), u"#\\,000;-#\\,000"_s);
        QCOMPARE(Export::IndianNumberFormat::forValue(-1234567, 0), u"#0\\,00\\,000;-#0\\,00\\,000"_s);
        QCOMPARE(Export::IndianNumberFormat::forValue(80057.64, 2), u"#0\\,000.00;-#0\\,000.00"_s);
        QCOMPARE(Export::IndianNumberFormat::forValue(99999.999, 2), u"#\\,00\\,000.00;-#\\,00\\,000.00"_s);
    }

    void sheetNames_followExcelsRules()
    {
        QCOMPARE(Export::Workbook::sheetName(u"Dues: April/May [draft]"_s), u"Dues  April May  draft"_s);
        QCOMPARE(Export::Workbook::sheetName(u"A very long sheet name that Excel would refuse"_s).size(), 31);
        QCOMPARE(Export::Workbook::sheetName(u"'quoted'"_s), u"quoted"_s);
    }

    void cells_areTypedForAReader()
    {
        const QJsonObject book = Tests::Readback::cells(writeSample());
        QCOMPARE(book[u"properties"_s][u"title"_s].toString(), u"Sample"_s);
        const QJsonObject sheet = book[u"sheets"_s][u"Dues  April May  draft"_s].toObject();
        QCOMPARE(sheet[u"freeze"_s].toString(), u"A5"_s); // two header lines, a blank one, the header row
        QCOMPARE(sheet[u"filter"_s].toString(), u"A4:D8"_s);
        const QJsonArray rows = sheet[u"rows"_s].toArray();
        QVERIFY(rows[0][0][u"bold"_s].toBool());
        QCOMPARE(rows[3][1][u"value"_s].toString(), u"Amount (₹)"_s);
        QVERIFY(rows[3][1][u"bold"_s].toBool());
        const QJsonArray first = rows[4].toArray();
        QCOMPARE(first[0][u"type"_s].toString(), u"str"_s);
        QCOMPARE(first[0][u"value"_s].toString(), u"000123456789"_s); // text: the zeros stay
        QCOMPARE(first[1][u"type"_s].toString(), u"int"_s);
        QCOMPARE(first[1][u"value"_s].toDouble(), 1234567.0);
        QCOMPARE(first[2][u"value"_s].toDouble(), 0.125);
        QCOMPARE(first[2][u"format"_s].toString(), u"0.00%"_s);
        QCOMPARE(first[3][u"type"_s].toString(), u"datetime"_s);
        QVERIFY(first[3][u"value"_s].toString().startsWith(u"2026-04-07"_s));
        QCOMPARE(rows[6][1][u"value"_s].toDouble(), 80057.64); // exact from paise
        QVERIFY(sheet[u"widths"_s][u"A"_s].toDouble() >= 12);
    }

    void libreOffice_showsIndianGrouping()
    {
        const QJsonArray shown = Tests::Readback::shown(writeSample());
        QVERIFY(shown.size() >= 8);
        QCOMPARE(shown[4][1].toString(), u"12,34,567"_s);
        QCOMPARE(shown[5][1].toString(), u"-12,34,567"_s);
        QCOMPARE(shown[6][1].toString(), u"80,057.64"_s);
        QCOMPARE(shown[7][1].toString(), u"999"_s);
        QCOMPARE(shown[5][0].toString(), u"0042"_s);
        QCOMPARE(shown[4][2].toString(), u"12.50%"_s);
        QCOMPARE(shown[4][3].toString(), u"07 Apr 2026"_s);
    }

    void unfinished_leavesNoFile_andKeepsAnOlderOne()
    {
        const QString path = m_directory.filePath(u"report.xlsx"_s);
        QFile older(path);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("the report of last week");
        older.close();
        {
            Export::Workbook workbook(path, u"Cancelled"_s, QString());
            Export::Sheet& sheet = workbook.addSheet(u"Leads"_s);
            sheet.setColumns({ u"Name"_s });
            sheet.nextRow();
            sheet.text(0, u"Half written"_s);
        } // cancelled: never committed
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("the report of last week"));
        QCOMPARE(QDir(m_directory.path()).entryList(QDir::Files | QDir::Hidden).filter(u".part"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(WorkbookTest)
#include "workbook_test.moc"
