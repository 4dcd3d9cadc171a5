// SPDX-License-Identifier: GPL-3.0-or-later
#include "readback.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

//! `crego-desk export leads` as a scheduled job runs it, against a sandbox it starts: every lead matching
//! the filter lands in the workbook (as many rows as the server counts), in the columns asked for, masked;
//! any failure is one line, a non-zero exit and no file.
class ExportCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    struct Run
    {
        int exitCode = -1;
        QString errors;
    };
    Run exportLeads(const QStringList& arguments) { return exportReport({ u"leads"_s }, arguments); }
    //! `crego-desk export WHAT… --data … --leads 60 ARGUMENTS…`.
    Run exportReport(const QStringList& what, const QStringList& arguments)
    {
        QProcess desk;
        desk.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        desk.start(QStringLiteral(CREGO_DESK_PROGRAM),
            QStringList { u"export"_s } + what
                + QStringList { u"--data"_s, m_directory.filePath(u"sandbox.sqlite"_s), u"--leads"_s, u"60"_s }
                + arguments);
        if (!desk.waitForFinished(120000)) {
            desk.kill();
        }
        return { desk.exitStatus() == QProcess::NormalExit ? desk.exitCode() : -1,
            QString::fromUtf8(desk.readAllStandardError()) };
    }
    QStringList files() const
    {
        return QDir(m_directory.path()).entryList({ u"*.xlsx"_s, u"*.part"_s }, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    void filteredLeads_allPages_inTheColumnsAskedFor()
    {
        const QString path = m_directory.filePath(u"disbursed.xlsx"_s);
        const Run run = exportLeads({ u"--sandbox"_s, u"--status"_s, u"disbursed"_s, u"--columns"_s,
            u"ref_id,name,mobile,outstanding,dpd,created"_s, u"--out"_s, path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        // The server's count, as the progress said it, is the number of rows.
        const QRegularExpressionMatch counted
            = QRegularExpression(u"(\\d+) of (\\d+) leads\\n(?!.*of)"_s, QRegularExpression::DotMatchesEverythingOption)
                  .match(run.errors);
        QVERIFY2(counted.hasMatch(), qPrintable(run.errors));
        const int total = counted.captured(2).toInt();
        QVERIFY(total > 0 && total < 60); // the filter did filter
        QVERIFY(run.errors.contains(u"Exported %1 leads. Saved as"_s.arg(total)));

        const QJsonObject book = Crego::Tests::Readback::cells(path);
        const QJsonObject sheet = book[u"sheets"_s][u"Leads"_s].toObject();
        const QJsonArray rows = sheet[u"rows"_s].toArray();
        QCOMPARE(rows[0][0][u"value"_s].toString(), u"Leads: status: disbursed"_s);
        QVERIFY(rows[1][0][u"value"_s].toString().startsWith(u"Connection: Sandbox"_s));
        const int header = 5;
        QCOMPARE(sheet[u"freeze"_s].toString(), u"A7"_s);
        QStringList titles;
        for (const QJsonValue& cell : rows[header].toArray()) {
            titles.append(cell[u"value"_s].toString());
        }
        QCOMPARE(titles,
            QStringList(
                { u"Ref ID"_s, u"Name"_s, u"Primary mobile"_s, u"Outstanding (₹)"_s, u"DPD (days)"_s, u"Created"_s }));
        QCOMPARE(rows.size() - header - 1, total);
        QCOMPARE(sheet[u"filter"_s].toString(), u"A6:F%1"_s.arg(header + 1 + total));
        for (int row = header + 1; row < rows.size(); ++row) {
            const QJsonArray cells = rows[row].toArray();
            QCOMPARE(cells[0][u"type"_s].toString(), u"str"_s);
            QVERIFY(cells[2][u"value"_s].toString().contains(u"XXXXXX"_s)); // masked
            QVERIFY(cells[4][u"type"_s].toString() == u"int"_s || cells[4][u"value"_s].isNull());
            QCOMPARE(cells[5][u"type"_s].toString(), u"datetime"_s);
        }
        QCOMPARE(files(), QStringList { u"disbursed.xlsx"_s });
    }

    void lineReport_byRefId_andPortfolio()
    {
        // A ref ID as people see it, taken from a lead-list export of the same sandbox.
        const QString list = m_directory.filePath(u"refs.xlsx"_s);
        Run run = exportLeads(
            { u"--sandbox"_s, u"--status"_s, u"disbursed"_s, u"--columns"_s, u"ref_id"_s, u"--out"_s, list });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QJsonArray refs = Crego::Tests::Readback::rows(Crego::Tests::Readback::cells(list), u"Leads"_s);
        const QString ref = refs[6][0][u"value"_s].toString();
        QVERIFY(!ref.isEmpty());

        const QString line = m_directory.filePath(u"line.xlsx"_s);
        run = exportReport({ u"line"_s, ref }, { u"--sandbox"_s, u"--out"_s, line });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(u"6 of 6 parts loaded"_s), qPrintable(run.errors));
        const QJsonObject book = Crego::Tests::Readback::cells(line);
        QCOMPARE(book[u"sheets"_s].toObject().size(), 9);
        const QJsonArray summary = Crego::Tests::Readback::rows(book, u"Summary"_s);
        QVERIFY(summary[0][0][u"value"_s].toString().endsWith(u"(%1)"_s.arg(ref)));
        QCOMPARE(
            summary[9][2][u"type"_s].toString() == u"int"_s || summary[9][2][u"type"_s].toString() == u"float"_s, true);

        const QString portfolio = m_directory.filePath(u"portfolio.xlsx"_s);
        run = exportReport({ u"portfolio"_s }, { u"--sandbox"_s, u"--npa"_s, u"STD"_s, u"--out"_s, portfolio });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QRegularExpressionMatch counted
            = QRegularExpression(u"(\\d+) of (\\d+) leads summed up\\n"_s).match(run.errors);
        QVERIFY2(counted.hasMatch(), qPrintable(run.errors));
        const QJsonObject sheets = Crego::Tests::Readback::cells(portfolio);
        const QJsonArray totals = Crego::Tests::Readback::rows(sheets, u"Totals"_s);
        QCOMPARE(totals[1][0][u"value"_s].toString(), u"Leads: npa: STD"_s);
        QCOMPARE(totals[6][1][u"value"_s].toInt(), counted.captured(2).toInt());
        QCOMPARE(Crego::Tests::Readback::rows(sheets, u"Leads"_s).size() - 7, counted.captured(2).toInt());
    }

    void lineReport_ofNoSuchLead_failsWithoutAFile()
    {
        const QStringList before = files();
        const Run run = exportReport(
            { u"line"_s, u"NOSUCHREF"_s }, { u"--sandbox"_s, u"--out"_s, m_directory.filePath(u"none.xlsx"_s) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(u"Export failed: the lead could not be loaded"_s), qPrintable(run.errors));
        QCOMPARE(files(), before);
    }

    void failures_sayWhy_exitNonZero_andLeaveNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown column") << QStringList { u"--sandbox"_s, u"--columns"_s, u"name,pan"_s } << 2
                                        << u"No column is called pan"_s;
        QTest::newRow("no server") << QStringList { u"--url"_s, u"http://127.0.0.1:9"_s } << 1 << u"Export failed:"_s;
        QTest::newRow("no connection") << QStringList {} << 2 << u"Give --url URL"_s;
        QTest::newRow("bad days") << QStringList { u"--sandbox"_s, u"--dpd-min"_s, u"soon"_s } << 2
                                  << u"--dpd-min takes a number"_s;
    }

    void failures_sayWhy_exitNonZero_andLeaveNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QStringList before = files();
        const Run run = exportLeads(arguments + QStringList { u"--out"_s, m_directory.filePath(u"failed.xlsx"_s) });
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errors.contains(says), qPrintable(run.errors));
        QCOMPARE(files(), before);
    }

    void unwritableFolder_failsWithoutAFile()
    {
        const Run run = exportLeads({ u"--sandbox"_s, u"--out"_s, u"/proc/crego/leads.xlsx"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(u"Cannot write in"_s), qPrintable(run.errors));
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "exportcommand_test.moc"
