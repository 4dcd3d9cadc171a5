// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslations.h"
#include "filedialog.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "windowkeeper.h"

#include "../api/apitestkit.h"
#include "screenshot.h"
#include "taborder.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! Edit → Preferences… as a user works it: every field reachable by Tab in visual order and by its label's
//! key, a missing export folder refused with the reason, and each choice applied at once — the language
//! (the window opens afresh in Hindi), the theme, the export folder and the list's page size — and kept
//! for the next start.
class PreferencesTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 60, 5 };

    static Widgets::PreferencesDialog* openPreferences(Widgets::MainWindow& window)
    {
        window.findChild<QAction*>(u"actionPreferences"_s)->trigger();
        Widgets::PreferencesDialog* dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] { return (dialog = window.findChild<Widgets::PreferencesDialog*>()) != nullptr; }, 5000);
        Q_UNUSED(opened) // the caller checks the dialog
        return dialog;
    }

    static void choose(QWidget* dialog, const QString& field, const QVariant& value)
    {
        auto* combo = dialog->findChild<QComboBox*>(field);
        combo->setCurrentIndex(combo->findData(value));
    }

    static QPushButton* okButton(QWidget* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        Widgets::AppTranslations::install(QLocale(QLocale::English, QLocale::India));
    }

    void dialog_tabOrderFollowsTheForm_andLabelsNameTheirFields()
    {
        Widgets::PreferencesDialog dialog(Widgets::Preferences {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList order;
        dialog.findChild<QComboBox*>(u"languageEdit"_s)->setFocus();
        for (const QWidget* widget : Tests::TabOrder::walk(&dialog).mid(0, 6)) {
            order.append(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                        : widget->objectName());
        }
        QCOMPARE(order,
            QStringList({ u"languageEdit"_s, u"themeEdit"_s, u"exportFolderEdit"_s, u"chooseExportFolderButton"_s,
                u"rowsPerPageEdit"_s, u"QPushButton"_s }));
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->text().contains(u'&')) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                QVERIFY2(!label->buddy()->accessibleName().isEmpty(), qPrintable(label->text()));
            }
        }
    }

    void missingExportFolder_isRefusedWithTheReason()
    {
        Widgets::PreferencesDialog dialog(Widgets::Preferences {});
        dialog.show();
        auto* folder = dialog.findChild<QLineEdit*>(u"exportFolderEdit"_s);
        QTest::keyClicks(folder, u"/no/such/folder"_s);
        QVERIFY(!okButton(&dialog)->isEnabled());
        auto* problem = dialog.findChild<QLabel*>(u"exportFolderProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"/no/such/folder"_s), qPrintable(problem->text()));
        folder->clear(); // empty: the folder of the last export
        QVERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(!problem->isVisible());
    }

    void choices_applyAtOnce_andAreKept()
    {
        const QPalette systemPalette = QApplication::palette();
        QTemporaryDir exports;
        Widgets::WindowKeeper keeper;
        Widgets::MainWindow* window = keeper.create();
        window->resize(1280, 720);
        window->setSession(&m_kit.session);
        window->showLeads();
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->leadListPage()->model()->rowCount() > 0, 10000);
        QCOMPARE(window->leadListPage()->model()->query().pageSize, 50);
        QTRY_COMPARE_WITH_TIMEOUT(window->findChild<QLabel*>(u"onlineLabel"_s)->text(), u"● Online"_s, 10000);

        Widgets::PreferencesDialog* dialog = openPreferences(*window);
        QVERIFY(dialog);
        choose(dialog, u"languageEdit"_s, u"hi"_s);
        choose(dialog, u"themeEdit"_s, int(Widgets::Preferences::Theme::Dark));
        choose(dialog, u"rowsPerPageEdit"_s, 25);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"exportFolderEdit"_s), exports.path());
        Tests::screenshot(*dialog, u"preferences"_s);
        QSignalSpy replaced(&keeper, &Widgets::WindowKeeper::windowReplaced);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        // The language: the window opens afresh, every text in Hindi, on the same leads.
        QVERIFY(replaced.wait(5000));
        window = keeper.window();
        QCOMPARE(window->menuBar()->actions().first()->text(), u"फ़ाइल (&F)"_s);
        // The new window knows the connection at once (the next health check is 15 s away).
        QCOMPARE(window->findChild<QLabel*>(u"onlineLabel"_s)->text(),
            QCoreApplication::translate("Crego::Widgets::MainWindow", "● Online"));
        QVERIFY(window->findChild<QLabel*>(u"onlineLabel"_s)->text().contains(u"ऑनलाइन"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window->leadListPage()->model()->rowCount() > 0, 10000);
        QCOMPARE(window->leadListPage()->model()->headerData(0, Qt::Horizontal).toString(), u"नाम"_s);
        // The page size: the list now asks for 25 leads at a time.
        QCOMPARE(window->leadListPage()->model()->query().pageSize, 25);
        // The theme: dark window and text.
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        // The export folder: where every export's save dialog opens.
        QCOMPARE(Widgets::FileDialog::startFolder(Widgets::FileDialog::Purpose::Export), exports.path());
        Tests::screenshot(*window, u"preferences-dark-hindi"_s);
        // Kept per user for the next start.
        const Widgets::Preferences kept = Widgets::Preferences::load();
        QCOMPARE(kept.language, u"hi"_s);
        QCOMPARE(kept.theme, Widgets::Preferences::Theme::Dark);
        QCOMPARE(kept.rowsPerPage, 25);
        QCOMPARE(kept.exportFolder, exports.path());

        // And back: the system's language (English here) and colours.
        dialog = openPreferences(*window);
        QVERIFY(dialog);
        choose(dialog, u"languageEdit"_s, QString());
        choose(dialog, u"themeEdit"_s, int(Widgets::Preferences::Theme::System));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(replaced.wait(5000));
        window = keeper.window();
        QCOMPARE(window->menuBar()->actions().first()->text(), u"&File"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemPalette.color(QPalette::Window));
    }
};

QTEST_MAIN(PreferencesTest)
#include "preferences_test.moc"
