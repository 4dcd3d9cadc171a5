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
    Run exportLeads(const QStringList& arguments)
    {
        QProcess desk;
        desk.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        desk.start(QStringLiteral(CREGO_DESK_PROGRAM),
            QStringList {
                u"export"_s, u"leads"_s, u"--data"_s, m_directory.filePath(u"sandbox.sqlite"_s), u"--leads"_s, u"60"_s }
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
