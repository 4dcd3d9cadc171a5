// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace Crego::Widgets;
using namespace Qt::StringLiterals;

//! The main window's menus and the About dialog, driven offscreen.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menus_fileViewHelp_present()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction* action : window.menuBar()->actions()) {
            titles.append(action->text().remove(u'&'));
        }
        QCOMPARE(titles, QStringList({ u"File"_s, u"View"_s, u"Help"_s }));
    }

    void about_showsAppAndQtVersions()
    {
        MainWindow window;
        window.show();
        auto* about = window.findChild<QAction*>(u"actionAbout"_s);
        QVERIFY(about);
        about->trigger();
        AboutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog*>()) != nullptr && dialog->isVisible());
        const QString version = dialog->findChild<QLabel*>(u"versionLabel"_s)->text();
        const QString qt = dialog->findChild<QLabel*>(u"qtVersionLabel"_s)->text();
        QCOMPARE(version, u"Version "_s + QStringLiteral(CREGO_VERSION));
        QVERIFY2(qt.contains(QString::fromLatin1(qVersion())), qPrintable(qt));
        dialog->reject();
        QTRY_VERIFY(window.findChild<AboutDialog*>() == nullptr);
    }

    void quit_closesTheWindow()
    {
        MainWindow window;
        window.show();
        window.findChild<QAction*>(u"actionQuit"_s)->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
