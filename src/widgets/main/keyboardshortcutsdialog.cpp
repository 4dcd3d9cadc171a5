// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardshortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Crego::Widgets {

namespace {

//! Where \a action is found: the menu that holds it, else the page or window it belongs to.
QString placeOf(const QAction* action)
{
    for (const QObject* object : action->associatedObjects()) {
        if (const auto* menu = qobject_cast<const QMenu*>(object); menu && !menu->title().isEmpty()) {
            return menu->menuAction()->iconText(); // the title without its mnemonic
        }
    }
    for (const QObject* owner = action->parent(); owner; owner = owner->parent()) {
        if (const auto* widget = qobject_cast<const QWidget*>(owner)) {
            if (!widget->accessibleName().isEmpty()) {
                return widget->accessibleName();
            }
            if (!widget->windowTitle().isEmpty() && widget->isWindow()) {
                return widget->windowTitle();
            }
        }
    }
    return KeyboardShortcutsDialog::tr("Window");
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_shortcuts(new QStandardItemModel(0, ColumnCount, this))
    , m_shown(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_shortcuts->setHorizontalHeaderLabels({ tr("Action"), tr("Keys"), tr("Where") });
    collect(window);
    m_shown->setSourceModel(m_shortcuts);
    m_shown->setFilterKeyColumn(-1); // any column
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->sort(Where);

    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setPlaceholderText(tr("Search actions or keys"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));
    connect(m_search, &QLineEdit::textChanged, m_shown, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setModel(m_shown);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("Each action with its keys and where it is found."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Keys, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Where, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 480);
    m_search->setFocus();
}

void KeyboardShortcutsDialog::collect(QWidget* window)
{
    QList<QAction*> actions = window->actions();
    actions += window->findChildren<QAction*>();
    QSet<QString> listed; // an action met twice (a lead open twice, a menu and its window) is listed once
    for (const QAction* action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->isSeparator()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            // Qt names Shift+Tab "Shift+Backtab"; the key is Tab.
            keys.append(
                key.toString(QKeySequence::NativeText).replace(QStringLiteral("Backtab"), QStringLiteral("Tab")));
        }
        const QString name = action->iconText(); // Qt's text without the mnemonic
        const QString keyText = keys.join(tr(" or "));
        const QString place = placeOf(action);
        if (name.isEmpty() || listed.contains(name + keyText + place)) {
            continue;
        }
        listed.insert(name + keyText + place);
        auto* nameItem = new QStandardItem(name);
        nameItem->setToolTip(action->toolTip());
        m_shortcuts->appendRow({ nameItem, new QStandardItem(keyText), new QStandardItem(place) });
    }
}

} // namespace Crego::Widgets
