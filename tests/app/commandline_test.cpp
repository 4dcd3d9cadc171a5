// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

//! `crego-desk --version` and `--help` as a user or a package check runs them: no display, no runtime
//! directory, nothing on standard error.
class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
        QString errors;
    };

    static Run run(const QStringList& arguments)
    {
        QProcess desk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& variable :
            { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_RUNTIME_DIR"_s, u"QT_QPA_PLATFORM"_s }) {
            environment.remove(variable);
        }
        desk.setProcessEnvironment(environment);
        desk.start(QStringLiteral(CREGO_DESK_PROGRAM), arguments);
        if (!desk.waitForFinished(30000)) {
            desk.kill();
        }
        return { desk.exitStatus() == QProcess::NormalExit ? desk.exitCode() : -1,
            QString::fromUtf8(desk.readAllStandardOutput()), QString::fromUtf8(desk.readAllStandardError()) };
    }

private Q_SLOTS:
    void version_namesTheAppAndTheQtItRunsOn()
    {
        const Run version = run({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.errors, QString());
        QVERIFY2(version.output.startsWith(u"Crego Desk "_s + QStringLiteral(CREGO_VERSION) + u'\n'),
            qPrintable(version.output));
        QVERIFY2(version.output.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(version.output));
        QCOMPARE(run({ u"-v"_s }).output, version.output);
    }

    void help_listsTheOptions_withoutADisplay()
    {
        const Run help = run({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.errors, QString());
        for (const QString& option : { u"--version"_s, u"--sandbox"_s, u"--leads"_s }) {
            QVERIFY2(help.output.contains(option), qPrintable(option));
        }
        QVERIFY(!help.output.contains(u"exit-after-first-paint"_s)); // for the benchmark only
    }

    void unknownOption_isRefusedWithTheReason()
    {
        const Run wrong = run({ u"--version"_s, u"--colour"_s });
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.errors.contains(u"colour"_s), qPrintable(wrong.errors));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
