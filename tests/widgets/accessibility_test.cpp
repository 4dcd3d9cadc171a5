// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentspanel.h"
#include "documentuploaddialog.h"
#include "exportoptionsdialog.h"
#include "leaddetailpage.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "portfoliopage.h"
#include "typetoconfirmdialog.h"

#include "../api/apitestkit.h"
#include "taborder.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QChartView>
#include <QDialog>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! What a screen reader and a keyboard find in every page and dialog: each control the Tab key reaches has
//! a name (its own, its label's, or its text), and each table and chart also a description (a chart's says
//! what it shows in words); Tab reaches every control, in the order the eye reads them.
class AccessibilityTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 30, 3 };

    static QString describe(const QWidget* widget)
    {
        QString path = QString::fromLatin1(widget->metaObject()->className());
        if (!widget->objectName().isEmpty()) {
            path += u" \""_s + widget->objectName() + u'"';
        }
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"_s)) {
                return path + u" in "_s + parent->objectName();
            }
        }
        return path;
    }

    //! Every focusable control of \a root without a name, and every table or chart without a description.
    static QStringList problems(QWidget* root)
    {
        QStringList found;
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : std::as_const(widgets)) {
            const bool chart = qobject_cast<QChartView*>(widget) != nullptr;
            const bool table = qobject_cast<QAbstractItemView*>(widget) != nullptr;
            if (!(widget->focusPolicy() & Qt::TabFocus) && !chart) {
                continue;
            }
            if (Tests::TabOrder::isPartOfQtWidget(widget)) {
                continue;
            }
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                found.append(u"no name: "_s + describe(widget));
            }
            if ((chart || table) && (!accessible || accessible->text(QAccessible::Description).trimmed().isEmpty())) {
                found.append(u"no description: "_s + describe(widget));
            }
        }
        return found;
    }

    //! Where Tab in \a window skips a control or departs from the order the eye reads it in.
    static QStringList tabProblems(QWidget* window)
    {
        QStringList found;
        for (const QString& problem : Tests::TabOrder::problems(window)) {
            found.append(window->windowTitle() + u": "_s + problem);
        }
        return found;
    }

    //! The dialog \a open shows (a child of \a owner that was not there before), or nullptr.
    template<typename Open> static QDialog* dialogOpenedBy(QWidget* owner, Open open)
    {
        const QList<QDialog*> before = owner->findChildren<QDialog*>();
        open();
        QDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (QDialog* candidate : owner->findChildren<QDialog*>()) {
                    if (!before.contains(candidate) && candidate->isVisible()) {
                        dialog = candidate;
                    }
                }
                return dialog != nullptr;
            },
            5000);
        return shown ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
    }

    void everyPageAndDialog_namesItsControls_andTabsInReadingOrder()
    {
        Widgets::MainWindow window;
        window.resize(1280, 800);
        window.setSession(&m_kit.session);
        window.showLeads();
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.leadListPage()->model()->rowCount() > 0, 10000);
        QStringList found = problems(&window);
        found += tabProblems(&window);

        // Each dialog the menus open.
        for (const QString& name : { u"actionPreferences"_s, u"actionKeyboardShortcuts"_s, u"actionAbout"_s,
                 u"actionNewLead"_s, u"actionConnect"_s }) {
            QDialog* dialog = dialogOpenedBy(&window, [&] { window.findChild<QAction*>(name)->trigger(); });
            QVERIFY2(dialog, qPrintable(name));
            found += problems(dialog);
            found += tabProblems(dialog);
            dialog->reject();
            dialog->close();
        }

        // A lead's page with every tab, and the forms its Add buttons open.
        window.openLead(m_kit.sandbox.firstLeadId());
        Widgets::LeadDetailPage* page = nullptr;
        QTRY_VERIFY((page = window.findChild<Widgets::LeadDetailPage*>()) != nullptr);
        QTest::qWait(500); // its records arrive
        found += problems(page);
        auto* detailTabs = page->findChild<QTabWidget*>(u"detailTabs"_s);
        for (int tab = 0; tab < detailTabs->count(); ++tab) {
            detailTabs->setCurrentIndex(tab);
            found += tabProblems(&window);
        }
        detailTabs->setCurrentIndex(0);
        for (const QString& button : { u"addApplicantButton"_s, u"addBankButton"_s, u"addAddressButton"_s }) {
            auto* add = page->findChild<QPushButton*>(button);
            QVERIFY2(add, qPrintable(button));
            if (!add->isEnabled()) {
                continue;
            }
            QDialog* dialog = dialogOpenedBy(page, [add] { add->click(); });
            QVERIFY2(dialog, qPrintable(button));
            found += problems(dialog);
            found += tabProblems(dialog);
            Widgets::MessageBox::setNextAnswer(QMessageBox::Discard); // a form asks before it drops a draft
            dialog->reject();
        }

        // The same forms editing a record the lead has.
        int edited = 0;
        for (const auto& [table, button] : { std::pair(u"applicantsTable"_s, u"editApplicantButton"_s),
                 std::pair(u"banksTable"_s, u"editBankButton"_s),
                 std::pair(u"addressesTable"_s, u"editAddressButton"_s) }) {
            auto* records = page->findChild<QTableView*>(table);
            QVERIFY2(records, qPrintable(table));
            if (records->model()->rowCount() == 0) {
                continue;
            }
            records->selectRow(0);
            auto* edit = page->findChild<QPushButton*>(button);
            QVERIFY2(edit && edit->isEnabled(), qPrintable(button));
            QDialog* dialog = dialogOpenedBy(page, [edit] { edit->click(); });
            QVERIFY2(dialog, qPrintable(button));
            found += problems(dialog);
            found += tabProblems(dialog);
            Widgets::MessageBox::setNextAnswer(QMessageBox::Discard);
            dialog->reject();
            ++edited;
        }
        QVERIFY(edited >= 2);

        // Uploading documents, from the lead's documents tab: the dialog, then with a file and its form.
        {
            QDialog* upload
                = dialogOpenedBy(page, [page] { page->findChild<QPushButton*>(u"uploadDocumentsButton"_s)->click(); });
            QVERIFY(upload);
            found += problems(upload);
            found += tabProblems(upload);
            upload->reject();
            QTemporaryDir folder;
            QImage picture(64, 48, QImage::Format_RGB32);
            picture.fill(Qt::darkCyan);
            QVERIFY(picture.save(folder.filePath(u"shop-front.png"_s)));
            Widgets::DocumentUploadDialog* withFile
                = page->findChild<Widgets::DocumentsPanel*>()->upload({ folder.filePath(u"shop-front.png"_s) });
            QVERIFY(withFile);
            withFile->fileTable()->selectRow(0);
            found += problems(withFile);
            found += tabProblems(withFile);
            withFile->close();
        }
        // The borrower's sign-in link.
        {
            QDialog* token = dialogOpenedBy(page, [page] { page->findChild<QPushButton*>(u"tokenButton"_s)->click(); });
            QVERIFY(token);
            QTRY_VERIFY_WITH_TIMEOUT(!token->findChild<QLineEdit*>(u"tokenEdit"_s)->text().isEmpty(), 10000);
            found += problems(token);
            found += tabProblems(token);
            token->reject();
        }
        // The dialogs that ask before an export or a deletion.
        {
            Widgets::ExportOptionsDialog options(u"Export Leads"_s, u"Every lead."_s, &window);
            options.addOption(u"all"_s, u"&All columns"_s, u"Not only those shown"_s);
            options.show();
            found += problems(&options);
            found += tabProblems(&options);
            Widgets::TypeToConfirmDialog confirm(
                u"Delete Lead"_s, u"Delete the lead?"_s, u"LD1"_s, u"Delete"_s, &window);
            confirm.show();
            found += problems(&confirm);
            found += tabProblems(&confirm);
        }

        // The portfolio, with its charts.
        window.findChild<QAction*>(u"actionPortfolio"_s)->trigger();
        Widgets::PortfolioPage* portfolio = nullptr;
        QTRY_VERIFY((portfolio = window.findChild<Widgets::PortfolioPage*>()) != nullptr);
        QTest::qWait(500);
        found += problems(portfolio);
        found += tabProblems(&window);

        found.removeDuplicates();
        for (const QString& problem : std::as_const(found)) {
            qWarning("%s", qPrintable(problem));
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 controls unnamed or undescribed (listed above)"_s.arg(found.size())));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
