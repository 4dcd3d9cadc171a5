// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

//! `crego-desk` as a user or a package check runs it: `--version` and `--help` with no display, the window
//! on a real X server, `probe`; no runtime directory named, and no warning from Qt on standard error.
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

    static Run run(const QStringList& arguments, const QString& home = QString(), const QString& wrapper = QString(),
        const QString& language = u"C.UTF-8"_s)
    {
        QProcess desk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& variable : { u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s }) {
            environment.remove(variable);
        }
        environment.insert(u"LANG"_s, language);
        if (!home.isEmpty()) {
            // Settings, app data and Qt's fallback runtime folder in a folder of the test's own.
            environment.insert(u"HOME"_s, home);
            environment.insert(u"TMPDIR"_s, home);
            environment.remove(u"XDG_CONFIG_HOME"_s);
            environment.remove(u"XDG_DATA_HOME"_s);
        }
        for (const QString& variable :
            { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_RUNTIME_DIR"_s, u"QT_QPA_PLATFORM"_s }) {
            environment.remove(variable);
        }
        desk.setProcessEnvironment(environment);
        if (wrapper.isEmpty()) {
            desk.start(QStringLiteral(CREGO_DESK_PROGRAM), arguments);
        } else {
            desk.start(wrapper, QStringList { u"-a"_s, QStringLiteral(CREGO_DESK_PROGRAM) } + arguments);
        }
        if (!desk.waitForFinished(60000)) {
            desk.kill();
        }
        return { desk.exitStatus() == QProcess::NormalExit ? desk.exitCode() : -1,
            QString::fromUtf8(desk.readAllStandardOutput()), QString::fromUtf8(desk.readAllStandardError()) };
    }

    //! Lines on standard error that are not the app's own log ("crego.api: …"): Qt's warnings and notices.
    static QStringList foreignLines(const QString& errors)
    {
        QStringList foreign;
        for (const QString& line : errors.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"crego."_s)) {
                foreign.append(line);
            }
        }
        return foreign;
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

    void window_onARealXServer_printsNoQtWarnings()
    {
        const QString xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
        if (xvfbRun.isEmpty()) {
            QSKIP("xvfb-run is not installed (scripts/deps installs it)");
        }
        QTemporaryDir home;
        const Run window
            = run({ u"--sandbox"_s, u"--leads"_s, u"20"_s, u"--exit-after-first-paint"_s }, home.path(), xvfbRun);
        QCOMPARE(window.exitCode, 0);
        QVERIFY2(window.output.contains(u"first-paint"_s), qPrintable(window.output + window.errors));
        QCOMPARE(foreignLines(window.errors), QStringList());
    }

    void probe_onTheSandbox_printsNoQtWarnings()
    {
        QTemporaryDir home;
        const Run probe = run({ u"probe"_s, u"--sandbox"_s, u"--leads"_s, u"20"_s }, home.path());
        QCOMPARE(probe.exitCode, 0);
        QVERIFY2(probe.output.contains(u"?lead= filter"_s), qPrintable(probe.output));
        QCOMPARE(foreignLines(probe.errors), QStringList());
    }

    void help_inHindi_whenTheUserWorksInHindi()
    {
        const Run help = run({ u"--help"_s }, QString(), QString(), u"hi_IN.UTF-8"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.output.contains(u"क्रेगो लेंडिंग API के लिए डेस्कटॉप क्लाइंट"_s), qPrintable(help.output));
        QVERIFY2(help.output.contains(u"--sandbox"_s), qPrintable(help.output)); // options keep their names
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
