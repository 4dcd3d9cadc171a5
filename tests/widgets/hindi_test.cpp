// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslations.h"
#include "creditlinepage.h"
#include "leaddetailpage.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "mainwindow.h"
#include "qtwords.h"

#include "../api/apitestkit.h"
#include "screenshot.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The window in Hindi, as a loan officer who works in Hindi sees it: the lead list and a lead's credit
//! line, with labels, menus and headers from the Hindi catalogue, amounts in Indian grouping, and a font
//! that draws Devanagari. CREGO_SCREENSHOT_DIR keeps screenshots of both.
class HindiTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 30, 11 };

    static QString labelText(const QWidget& parent, const QString& name)
    {
        const auto* label = parent.findChild<QLabel*>(name);
        return label ? label->text() : u"(no label "_s + name + u')';
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
        QVERIFY(Widgets::AppTranslations::install(QLocale(QLocale::Hindi, QLocale::India)));
    }

    void cleanupTestCase() { Widgets::AppTranslations::install(QLocale(QLocale::English, QLocale::India)); }

    void devanagari_hasAFontThatDrawsIt()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Devanagari).isEmpty(),
            "no Devanagari font is installed (scripts/deps installs fonts-noto-core)");
        const QRawFont font = QRawFont::fromFont(QApplication::font(), QFontDatabase::Devanagari);
        QVERIFY(font.isValid());
        for (char32_t letter : { U'\x0915', U'\x0917', U'\x093C', U'\x0949' }) { // क ग ़ ॉ
            QVERIFY(font.supportsCharacter(letter));
        }
    }

    void qtsOwnWords_buttonsAndTextMenus_inHindi()
    {
        // Qt has no Hindi catalogue; the app's carries the words of Qt's that its windows show.
        for (const QString& word : Widgets::QtWords::all()) {
            const QString context = word.section(u'|', 0, 0);
            const QString source = word.section(u'|', 1);
            const QString shown = QCoreApplication::translate(qPrintable(context), qPrintable(source));
            QVERIFY2(
                shown.contains(QRegularExpression(u"[\\x{0900}-\\x{097F}]"_s)), qPrintable(word + u" → "_s + shown));
        }
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);
    }

    void leadListAndCreditLine_inHindi()
    {
        Widgets::MainWindow window;
        window.resize(1280, 720);
        window.show();
        window.setSession(&m_kit.session);
        window.showLeads();
        Models::LeadListModel* list = window.leadListPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 10000);

        QCOMPARE(window.menuBar()->actions().first()->text(), u"फ़ाइल (&F)"_s);
        QCOMPARE(list->headerData(0, Qt::Horizontal).toString(), u"नाम"_s);
        QCOMPARE(list->headerData(8, Qt::Horizontal).toString(), u"NPA वर्ग"_s); // codes stay in Latin letters
        // Dates name their month in Hindi ("2 अक्तू॰ 2026"), with the day and year in the digits amounts use.
        const QString created = list->index(0, Models::LeadListModel::Created).data().toString();
        QVERIFY2(QRegularExpression(u"^[0-9]{1,2} [\\x{0900}-\\x{097F}]+ [0-9]{4}$"_s).match(created).hasMatch(),
            qPrintable(created));
        auto* tabs = window.findChild<QTabWidget*>(u"workspaceTabs"_s);
        QCOMPARE(tabs->tabText(0).remove(u'&'), u"लीड"_s);
        Tests::screenshot(window, u"hindi-lead-list"_s);

        window.openLead(m_kit.sandbox.firstLeadId());
        Widgets::LeadDetailPage* page = nullptr;
        QTRY_VERIFY((page = window.findChild<Widgets::LeadDetailPage*>()) != nullptr);
        auto* detailTabs = page->findChild<QTabWidget*>(u"detailTabs"_s);
        const int creditTab = detailTabs->indexOf(page->findChild<QWidget*>(u"creditLinePage"_s));
        QCOMPARE(detailTabs->tabText(creditTab).remove(u'&'), u"क्रेडिट लाइन"_s);
        detailTabs->setCurrentIndex(creditTab);
        auto* credit = page->findChild<Widgets::CreditLinePage*>();
        QTRY_VERIFY_WITH_TIMEOUT(labelText(*credit, u"approvedTile"_s).startsWith(u"₹"_s), 10000);
        // Amounts keep Indian grouping in Hindi: ₹12,34,567 (lakh and crore), not 1,234,567.
        QVERIFY2(QRegularExpression(u"^₹\\d{1,2}(,\\d\\d)*(,\\d{3})$|^₹\\d{1,3}$"_s)
                     .match(labelText(*credit, u"approvedTile"_s))
                     .hasMatch(),
            qPrintable(labelText(*credit, u"approvedTile"_s)));
        QVERIFY2(credit->findChild<QProgressBar*>(u"utilizationBar"_s)->text().startsWith(u"उपयोग"_s),
            qPrintable(credit->findChild<QProgressBar*>(u"utilizationBar"_s)->text()));
        Tests::screenshot(window, u"hindi-credit-line"_s);
    }
};

QTEST_MAIN(HindiTest)
#include "hindi_test.moc"
