// SPDX-License-Identifier: GPL-3.0-or-later
#include "../models/leadlistrows.h"
#include "leadlistmodel.h"
#include "leadlistpage.h"
#include "textcelldelegate.h"

#include "../api/apitestkit.h"
#include "screenshot.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Crego;
using namespace Qt::StringLiterals;

//! The lead list page driven like a loan officer would, offscreen, against a sandbox on loopback.
class LeadListPageTest : public QObject
{
    Q_OBJECT

private:
    Tests::ApiTestKit m_kit { 120, 14 };

    template<typename T> static T* child(QWidget& page, const char* name)
    {
        T* widget = page.findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    //! The text's ink in a cell: its bounding box, the cell's background and the ink's pixel that stands out
    //! most from it.
    struct Ink
    {
        QRect box;
        QRgb background = 0;
        QRgb strongest = 0;
    };

    static Ink inkOf(const QImage& image, const QRect& cell)
    {
        Ink ink;
        const QRect inside = cell.adjusted(3, 3, -3, -3); // past the grid and the focus frame
        ink.background = image.pixel(inside.topLeft());
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                const int contrast = qAbs(qGray(pixel) - qGray(ink.background));
                if (contrast > 60) {
                    ink.box |= QRect(x, y, 1, 1);
                    if (contrast > qAbs(qGray(ink.strongest) - qGray(ink.background)) || ink.box.width() == 1) {
                        ink.strongest = pixel;
                    }
                }
            }
        }
        return ink;
    }

    static bool near(const QRect& a, const QRect& b)
    {
        return qAbs(a.left() - b.left()) <= 1 && qAbs(a.right() - b.right()) <= 1 && qAbs(a.top() - b.top()) <= 1
            && qAbs(a.bottom() - b.bottom()) <= 1;
    }

    //! Shows \a page at \a size and waits for its first page of leads.
    static void showLoaded(Widgets::LeadListPage& page, QSize size)
    {
        page.resize(size);
        page.show();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_kit.start());
    }

    void columnsAndFilters_areRememberedPerProfile()
    {
        {
            Widgets::LeadListPage page(&m_kit.session);
            page.setSettingsKey(u"profile-a"_s);
            page.show();
            auto* columns = child<QToolButton>(page, "columnsButton");
            QAction* mobile = columns->menu()->actions().at(Models::LeadListModel::Mobile);
            mobile->setChecked(false);
            QVERIFY(child<QTableView>(page, "leadTable")->isColumnHidden(Models::LeadListModel::Mobile));
            auto* status = child<QComboBox>(page, "statusFilter");
            status->setCurrentIndex(status->findData(u"disbursed"_s));
            QCOMPARE(page.model()->query().statuses, QStringList { u"disbursed"_s });
        }
        Widgets::LeadListPage again(&m_kit.session);
        again.setSettingsKey(u"profile-a"_s);
        QVERIFY(child<QTableView>(again, "leadTable")->isColumnHidden(Models::LeadListModel::Mobile));
        QCOMPARE(child<QComboBox>(again, "statusFilter")->currentData().toString(), u"disbursed"_s);
        QCOMPARE(again.model()->query().statuses, QStringList { u"disbursed"_s });
        QTRY_VERIFY_WITH_TIMEOUT(again.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        for (int row = 0; row < again.model()->rowCount(); ++row) {
            QCOMPARE(Tests::leadOf(*again.model(), row).status, u"disbursed"_s);
        }

        Widgets::LeadListPage other(&m_kit.session);
        other.setSettingsKey(u"profile-b"_s);
        QVERIFY(!child<QTableView>(other, "leadTable")->isColumnHidden(Models::LeadListModel::Mobile));
    }

    void filterBar_wrapsInsteadOfSqueezing()
    {
        Widgets::LeadListPage page(&m_kit.session);
        auto* search = page.findChild<QLineEdit*>(u"searchEdit"_s);
        auto* refresh = page.findChild<QPushButton*>(u"refreshButton"_s);
        const auto wholeInside = [&page](QWidget* widget) {
            const QRect box(widget->mapTo(&page, QPoint(0, 0)), widget->size());
            return page.rect().contains(box) && widget->width() >= widget->minimumSizeHint().width();
        };
        // Wide: one row.
        showLoaded(page, QSize(1600, 700));
        QTRY_COMPARE(search->mapTo(&page, QPoint(0, 0)).y(), refresh->mapTo(&page, QPoint(0, 0)).y());
        // A 1280-pixel screen's window and narrower: a second row, every box whole and the search box
        // wide enough for its text and clear button.
        for (int width : { 1260, 1000 }) {
            page.resize(width, 700);
            QTRY_VERIFY(refresh->mapTo(&page, QPoint(0, 0)).y() > search->mapTo(&page, QPoint(0, 0)).y());
            QVERIFY(search->width() >= 320);
            for (const QString& name : { u"statusFilter"_s, u"programFilter"_s, u"productFilter"_s, u"npaFilter"_s,
                     u"bucketFilter"_s, u"statusLabel"_s, u"bucketLabel"_s, u"refreshButton"_s }) {
                QVERIFY2(wholeInside(page.findChild<QWidget*>(name)), qPrintable(name));
            }
        }
        QVERIFY(page.minimumSizeHint().width() < 1000);
        Tests::screenshot(page, u"lead-list-1000"_s);
    }

    void typingInSearch_narrowsTheList()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.resize(1100, 600);
        page.show();
        page.refresh();
        auto* table = child<QTableView>(page, "leadTable");
        auto* count = child<QLabel>(page, "countLabel");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QTRY_COMPARE(count->text(), u"120 leads"_s);
        const QString name = Tests::leadOf(*page.model(), 0).displayName();

        QTest::keyClicks(child<QLineEdit>(page, "searchEdit"), name);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->query().search, name, 5000);
        QTRY_VERIFY(page.model()->state() == Models::LeadListModel::State::Loaded);
        QVERIFY(page.model()->totalCount() < 120);
        QCOMPARE(Tests::leadOf(*page.model(), 0).displayName(), name);
        QCOMPARE(count->text(), tr("%1 leads").arg(page.model()->totalCount()));
    }

    void npaFilter_reachesTheServer()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
        auto* npa = child<QComboBox>(page, "npaFilter");
        npa->setCurrentIndex(npa->findData(u"SUB"_s));
        QTRY_COMPARE(page.model()->query().npaCategories, QStringList { u"SUB"_s });
        QTRY_VERIFY(page.model()->state() != Models::LeadListModel::State::Loading);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            QCOMPARE(Tests::leadOf(*page.model(), row).lineSummary->npaCategory, u"SUB"_s);
        }
    }

    void programFilter_offersProgramsSeenAndFilters()
    {
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
        auto* programs = child<QComboBox>(page, "programFilter");
        QVERIFY(programs->count() > 1);
        programs->setCurrentIndex(1);
        const QString programId = programs->currentData().toString();
        QTRY_COMPARE(page.model()->query().programId, programId);
        QTRY_VERIFY(page.model()->state() == Models::LeadListModel::State::Loaded);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            QCOMPARE(Tests::leadOf(*page.model(), row).programId, programId);
        }
    }

    void droppedConnections_showTheErrorAndRetryRecovers()
    {
        m_kit.session.transport().setRetryDelays({});
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, 1.0 } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        page.refresh();
        auto* retry = child<QPushButton>(page, "retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(u"Cannot reach the server"_s));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"drop_rate"_s, 0 } }).status, 200);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->state() == Models::LeadListModel::State::Loaded, 10000);
        m_kit.session.transport().setRetryDelays({ 20, 50, 100 });
    }

    void missingLineSummary_isFetchedForTheRowsOnScreenOnly()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"omit_line_summary"_s, true } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        showLoaded(page, QSize(1200, 420));
        Models::LeadListModel* model = page.model();
        auto* table = child<QTableView>(page, "leadTable");
        const int lastShown = table->rowAt(table->viewport()->height() - 1);
        QVERIFY(lastShown > 0 && lastShown + 5 < model->rowCount());
        const auto known = [model](int row) { return Tests::leadOf(*model, row).lineSummary.has_value(); };
        QTRY_VERIFY_WITH_TIMEOUT(known(0) && known(lastShown), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_kit.session.activeCalls(), 0, 10000);
        QVERIFY(model->index(0, Models::LeadListModel::Approved).data().toString().startsWith(u"₹"_s));
        for (int row = lastShown + 1; row < model->rowCount(); ++row) {
            QVERIFY2(!known(row), "a row below the screen was fetched");
        }

        // Rows that scroll into view get their figures too.
        const int below = lastShown + 3;
        table->scrollTo(model->index(below, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY_WITH_TIMEOUT(known(below), 10000);
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"omit_line_summary"_s, false } }).status, 200);
    }

    void stockServer_listReadsEveryLeadAndItsFiguresOnScreen()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"stock_server"_s, true } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        showLoaded(page, QSize(1280, 600));
        Models::LeadListModel* model = page.model();
        QCOMPARE(model->totalCount(), qint64(120));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "countLabel")->text() == u"120 leads"_s, 10000);
        QVERIFY(!child<QLabel>(page, "countLabel")->text().contains(u"could not be read"_s));
        // Figures arrive for the rows on screen, amounts read from decimal strings.
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, Models::LeadListModel::Approved).data().toString().startsWith(u"₹"_s), 10000);
        QVERIFY(!Tests::leadOf(*model, 0).createdAt.isNull());
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"stock_server"_s, false } }).status, 200);
    }

    void scrollbarDraggedToTheEnd_showsRealRowsThere_askingForThatPageOnly()
    {
        Widgets::LeadListPage page(&m_kit.session);
        showLoaded(page, QSize(1280, 600));
        Models::LeadListModel* model = page.model();
        auto* table = child<QTableView>(page, "leadTable");
        QCOMPARE(model->rowCount(), 120); // the scrollbar spans the whole list from the first page on
        QCOMPARE(child<QLabel>(page, "countLabel")->text(), u"120 leads"_s);
        QTest::qWait(100);
        const quint64 before = m_kit.sandbox.server().apiRequestCount();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum()); // as a drag to the end
        const int top = table->rowAt(0);
        QVERIFY(top >= 100);
        QTRY_VERIFY_WITH_TIMEOUT(model->leadAt(top) && model->leadAt(119), 10000);
        QVERIFY(!model->leadAt(60)); // the pages it passed over were not asked for
        QCOMPARE(m_kit.sandbox.server().apiRequestCount() - before, quint64(1));
        QVERIFY(table->model()->index(119, Models::LeadListModel::Name).data().toString() != u"Loading…"_s);
        Tests::screenshot(page, u"leadlist-jumped-to-end"_s);
    }

    void cells_arePaintedWhereQtWouldPaintThem()
    {
        Widgets::LeadListPage page(&m_kit.session);
        showLoaded(page, QSize(1280, 600));
        auto* table = child<QTableView>(page, "leadTable");
        QVERIFY(qobject_cast<Widgets::TextCellDelegate*>(table->itemDelegate()));
        table->setColumnWidth(Models::LeadListModel::Program, 90); // long program names are elided
        table->setFocus();
        table->selectRow(1); // selected, with the focus frame on its first cell
        QTest::qWait(50);
        const QImage ours = table->viewport()->grab().toImage();
        QStyledItemDelegate qtDelegate;
        table->setItemDelegate(&qtDelegate);
        const QImage qts = table->viewport()->grab().toImage();
        table->setItemDelegate(nullptr);

        // Where the text's ink is in each cell, and what colour: the same, to a pixel, as Qt's delegate.
        int elided = 0;
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < Models::LeadListModel::ColumnCount; ++column) {
                const QModelIndex index = table->model()->index(row, column);
                const QRect cell = table->visualRect(index);
                const Ink mine = inkOf(ours, cell);
                const Ink theirs = inkOf(qts, cell);
                const QString where = u"row %1 column %2 (%3)"_s.arg(row).arg(column).arg(index.data().toString());
                QVERIFY2(!mine.box.isEmpty(), qPrintable(where + u" shows no text"_s));
                QVERIFY2(near(mine.box, theirs.box),
                    qPrintable(u"%1: text at %2,%3 %4×%5, Qt puts it at %6,%7 %8×%9"_s.arg(where)
                                   .arg(mine.box.x())
                                   .arg(mine.box.y())
                                   .arg(mine.box.width())
                                   .arg(mine.box.height())
                                   .arg(theirs.box.x())
                                   .arg(theirs.box.y())
                                   .arg(theirs.box.width())
                                   .arg(theirs.box.height())));
                QCOMPARE(mine.background, theirs.background);
                QVERIFY2(qAbs(qGray(mine.strongest) - qGray(theirs.strongest)) <= 40,
                    qPrintable(where + u": text colour differs"_s));
                if (column == Models::LeadListModel::Program
                    && table->fontMetrics().horizontalAdvance(index.data().toString()) > cell.width()) {
                    ++elided;
                }
            }
        }
        QVERIFY(elided > 0); // the elided case was among those compared
        // The selected row's text is drawn in the highlighted text colour, on the highlight.
        const QRect selected = table->visualRect(table->model()->index(1, Models::LeadListModel::RefId));
        QCOMPARE(inkOf(ours, selected).background, table->palette().color(QPalette::Highlight).rgb());
    }

    void cursorServer_loadsInOrder_andSaysSo()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"pagination"_s, u"cursor"_s } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        showLoaded(page, QSize(1280, 600));
        Models::LeadListModel* model = page.model();
        QVERIFY(model->loadsInOrder());
        QVERIFY(model->rowCount() < 120);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(page, "countLabel")->text().contains(u"more rows load as you scroll down"_s), 10000);
        auto* table = child<QTableView>(page, "leadTable");
        for (int i = 0; i < 10 && model->rowCount() < 120; ++i) {
            table->scrollToBottom(); // the view asks for the next page at the end
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 120, 10000);
        QTRY_VERIFY(!child<QLabel>(page, "countLabel")->text().contains(u"scroll down"_s));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"pagination"_s, u"sandbox"_s } }).status, 200);
    }

    void unreadableLead_isLeftOutAndCounted_theRestShow()
    {
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"unreadable_records"_s, true } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        showLoaded(page, page.size());
        Models::LeadListModel* model = page.model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->unreadable() >= 1);
        QTRY_VERIFY(child<QLabel>(page, "countLabel")->text().contains(u"could not be read and"_s));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"unreadable_records"_s, false } }).status, 200);
    }

    void serverFailure_showsTheErrorAndRetryRecovers()
    {
        m_kit.session.transport().setRetryDelays({});
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 1.0 } }).status, 200);
        Widgets::LeadListPage page(&m_kit.session);
        page.show();
        page.refresh();
        auto* message = child<QLabel>(page, "messageLabel");
        auto* retry = child<QPushButton>(page, "retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY(message->text().contains(u"could not be loaded"_s));
        QCOMPARE(m_kit.sandbox.put(u"/sandbox/faults/"_s, { { u"error_rate"_s, 0 } }).status, 200);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QStackedWidget>(page, "stack")->currentWidget() == child<QTableView>(page, "leadTable"), 10000);
        QVERIFY(page.model()->rowCount() > 0);
        m_kit.session.transport().setRetryDelays({ 20, 50, 100 });
    }
};

QTEST_MAIN(LeadListPageTest)
#include "leadlistpage_test.moc"
