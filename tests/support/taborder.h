// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace Crego::Tests {

//! Walks a window with the Tab key as a keyboard user does, and says where the order departs from the
//! order a reader's eye takes: line by line from the top, left to right along a line.
class TabOrder
{
public:
    //! What is wrong with \a window's Tab order, one line each (empty when nothing is): a control Tab
    //! never reaches, or a step that jumps back up or to the left. \a window must be shown.
    static QStringList problems(QWidget* window)
    {
        const QList<QWidget*> chain = walk(window);
        QStringList found;
        if (chain.isEmpty()) {
            return { QStringLiteral("Tab reaches nothing") };
        }
        for (QWidget* widget : reachable(window)) {
            if (!chain.contains(widget)) {
                found.append(QStringLiteral("Tab never reaches ") + describe(widget));
            }
        }
        // The cycle starts again at the control the eye meets first.
        const auto first = std::min_element(chain.begin(), chain.end(),
            [window](QWidget* a, QWidget* b) { return before(placeOf(a, window), placeOf(b, window)); });
        QList<QWidget*> order = chain.mid(first - chain.begin()) + chain.mid(0, first - chain.begin());
        for (qsizetype step = 1; step < order.size(); ++step) {
            if (!before(placeOf(order[step - 1], window), placeOf(order[step], window))) {
                found.append(QStringLiteral("Tab goes back from %1 to %2")
                                 .arg(describe(order[step - 1]), describe(order[step])));
            }
        }
        return found;
    }

    //! The controls Tab reaches in \a window, in order, starting from the one with the focus.
    static QList<QWidget*> walk(QWidget* window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window)) {
            return {};
        }
        if (!window->focusWidget() || !window->focusWidget()->isVisible()) {
            const QList<QWidget*> controls = reachable(window);
            if (controls.isEmpty()) {
                return {};
            }
            controls.first()->setFocus(Qt::TabFocusReason);
        }
        QList<QWidget*> chain;
        for (int press = 0; press < 200; ++press) {
            QWidget* focused = QApplication::focusWidget();
            if (!focused || chain.contains(focused)) {
                break;
            }
            chain.append(focused);
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        return chain;
    }

    //! "QLineEdit "nameEdit"", for messages.
    static QString describe(const QWidget* widget)
    {
        QString text = QString::fromLatin1(widget->metaObject()->className());
        return widget->objectName().isEmpty() ? text : text + QStringLiteral(" \"") + widget->objectName() + u'"';
    }

    //! Whether \a widget is a part of one of Qt's composite widgets (a combo box's list and line edit, a
    //! scroll area's viewport, the widgets Qt names qt_…), not a control of the app's own.
    static bool isPartOfQtWidget(const QWidget* widget)
    {
        if (widget->objectName().startsWith(QStringLiteral("qt_"))) {
            return true;
        }
        const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
        if (area && area->viewport() == widget) {
            return true;
        }
        for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (qobject_cast<const QComboBox*>(parent)) {
                return true;
            }
        }
        return false;
    }

private:
    //! The controls a user can Tab to: visible, enabled, taking focus by Tab, not a part of Qt's own
    //! composite widgets.
    static QList<QWidget*> reachable(QWidget* window)
    {
        QList<QWidget*> found;
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled()
                && !widget->focusProxy() && widget->window() == window && !isPartOfQtWidget(widget)) {
                found.append(widget);
            }
        }
        return found;
    }

    //! Where \a widget sits in \a window, as if every scroll area were scrolled to its start.
    static QRect placeOf(const QWidget* widget, const QWidget* window)
    {
        QPoint offset;
        const QWidget* from = widget;
        for (const QWidget* parent = widget->parentWidget(); parent && parent != window;
             parent = parent->parentWidget()) {
            if (const auto* area = qobject_cast<const QScrollArea*>(parent); area && area->widget()) {
                offset += from->mapTo(area->widget(), QPoint());
                from = area->viewport();
            }
        }
        return QRect(offset + from->mapTo(window, QPoint()), widget->size());
    }

    //! Whether the eye meets \a a before \a b: a frame before what it holds (a scroll area that Tab
    //! stops at to scroll by keys); on one line, the left one first; else the upper one.
    static bool before(const QRect& a, const QRect& b)
    {
        if (a.contains(b) || b.contains(a)) {
            return a.contains(b);
        }
        const bool oneLine = (b.center().y() >= a.top() && b.center().y() <= a.bottom())
            || (a.center().y() >= b.top() && a.center().y() <= b.bottom());
        return oneLine ? a.center().x() < b.center().x() : a.center().y() < b.center().y();
    }
};

} // namespace Crego::Tests
