// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "appstyle.h"
#include "keyboardshortcutsdialog.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Crego::Widgets;
using namespace Qt::StringLiterals;

//! The main window's menus and the About dialog, driven offscreen.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    //! The icons the app's style loads late look exactly like the platform style's own, and a search box's
    //! clear button shows its icon once something is typed.
    void appStyle_deferredIcons_lookAsThePlatformStylesOwn()
    {
        AppStyle style;
        for (QStyle::StandardPixmap icon : { QStyle::SP_ToolBarHorizontalExtensionButton,
                 QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_LineEditClearButton }) {
            const QImage deferred = style.standardIcon(icon).pixmap(16, 16).toImage();
            const QImage own = style.baseStyle()->standardIcon(icon).pixmap(16, 16).toImage();
            QVERIFY(!own.isNull());
            QCOMPARE(deferred, own);
        }
        QLineEdit search;
        search.setStyle(&style);
        search.setClearButtonEnabled(true);
        search.setText(u"Sharma"_s);
        search.resize(300, 30);
        search.show();
        QVERIFY(QTest::qWaitForWindowExposed(&search));
        const QList<QAction*> actions = search.findChildren<QAction*>();
        const auto clear
            = std::find_if(actions.begin(), actions.end(), [](QAction* action) { return !action->icon().isNull(); });
        QVERIFY(clear != actions.end());
        QCOMPARE((*clear)->icon().pixmap(16, 16).toImage(),
            style.baseStyle()->standardIcon(QStyle::SP_LineEditClearButton).pixmap(16, 16).toImage());
    }

    //! On first start (nothing saved) the window keeps its designed size where the screen has room, and
    //! fits a smaller screen whole, status bar included.
    void firstStart_windowFitsTheScreen()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"window/geometry"_s);
        MainWindow window;
        const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
        if (available.width() >= 1300 && available.height() >= 900) {
            QCOMPARE(window.size(), QSize(1200, 760));
        } else {
            QVERIFY(window.width() < 1200 || window.height() < 760);
        }
    }

    void menus_fileEditViewHelp_present()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction* action : window.menuBar()->actions()) {
            titles.append(action->text().remove(u'&'));
        }
        QCOMPARE(titles, QStringList({ u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s }));
    }

    void fileMenu_offersConnectionAndLeadActions_enabledOnlyWithASession()
    {
        MainWindow window;
        QMenu* file = window.findChild<QMenu*>(u"menuFile"_s);
        QVERIFY(file);
        QStringList texts;
        for (QAction* action : file->actions()) {
            texts.append(action->isSeparator() ? u"-"_s : action->text().remove(u'&'));
        }
        QCOMPARE(texts,
            QStringList({ u"Connect…"_s, u"Sign Out"_s, u"New Lead…"_s, u"Delete Lead…"_s, u"-"_s, u"Export…"_s, u"-"_s,
                u"Close Tab"_s, u"Quit"_s }));
        for (const QString& name : { u"actionConnect"_s, u"actionNewLead"_s, u"actionDeleteLead"_s,
                 u"actionPortfolio"_s, u"actionExport"_s }) {
            QVERIFY2(!window.findChild<QAction*>(name)->isEnabled(), qPrintable(name)); // nothing to act on yet
        }
        QCOMPARE(window.findChild<QAction*>(u"actionNewLead"_s)->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(window.findChild<QAction*>(u"actionPortfolio"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        QCOMPARE(window.findChild<QAction*>(u"actionExport"_s)->shortcut(), QKeySequence(u"Ctrl+E"_s));
    }

    //! Help → Keyboard Shortcuts lists every action's shortcut, read from the actions, and its search filters.
    void keyboardShortcuts_listEveryActionsKeys_searchable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* open = window.findChild<QAction*>(u"actionKeyboardShortcuts"_s);
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(u"Ctrl+/"_s));
        open->trigger();
        KeyboardShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<KeyboardShortcutsDialog*>()) != nullptr && dialog->isVisible());
        QAbstractItemModelTester sourceTester(
            dialog->shortcuts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shownTester(dialog->shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Every action of the window that has a shortcut is listed with its keys as the platform writes them.
        QHash<QString, QString> listed;
        for (int row = 0; row < dialog->shortcuts()->rowCount(); ++row) {
            listed.insert(dialog->shortcuts()->item(row, KeyboardShortcutsDialog::Action)->text(),
                dialog->shortcuts()->item(row, KeyboardShortcutsDialog::Keys)->text());
        }
        int withKeys = 0;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut().isEmpty()) {
                continue;
            }
            ++withKeys;
            const QString name = action->text().remove(u'&');
            QVERIFY2(listed.contains(name), qPrintable(name));
            const QString keys = action->shortcut().toString(QKeySequence::NativeText).replace(u"Backtab"_s, u"Tab"_s);
            QVERIFY2(listed.value(name).contains(keys), qPrintable(name + u": "_s + listed.value(name)));
        }
        QVERIFY(withKeys >= 8);
        QCOMPARE(listed.value(u"Quit"_s), QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText));
        QCOMPARE(dialog->shortcuts()->item(0, KeyboardShortcutsDialog::Where)->text().isEmpty(), false);

        // Typing filters by action or key; clearing shows all again.
        QTest::keyClicks(dialog->searchBox(), u"tab"_s);
        QVERIFY(dialog->shown()->rowCount() >= 3); // Close Tab, Next Tab, Previous Tab
        QVERIFY(dialog->shown()->rowCount() < dialog->shortcuts()->rowCount());
        for (int row = 0; row < dialog->shown()->rowCount(); ++row) {
            QString line;
            for (int column = 0; column < KeyboardShortcutsDialog::ColumnCount; ++column) {
                line += dialog->shown()->index(row, column).data().toString() + u' ';
            }
            QVERIFY2(line.contains(u"tab"_s, Qt::CaseInsensitive), qPrintable(line));
        }
        dialog->searchBox()->clear();
        QCOMPARE(dialog->shown()->rowCount(), dialog->shortcuts()->rowCount());
        dialog->reject();
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
        // The app's icon is drawn (it was missing while its resource was not linked in).
        const QImage icon = dialog->findChild<QLabel*>(u"iconLabel"_s)->pixmap().toImage();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.pixelColor(icon.width() / 2, icon.height() / 2).alpha() > 0);
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
