// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"
#include <QTimer>

#include <QWidget>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class LeadListPage;
}

namespace Crego::Api {
class Session;
}

namespace Crego::Models {
class LeadListModel;
class ProgramCatalogue;
} // namespace Crego::Models

namespace Crego::Widgets {

//! The loan officer's lead list: debounced server-side search, NPA-class and DPD filters, sorting by
//! header click, a count line, and loading / empty / error states (with Retry) in the list area itself.
class ExportDialog;

class LeadListPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LeadListPage(Api::Session* session, QWidget* parent = nullptr);
    ~LeadListPage() override;

    Models::LeadListModel* model() const { return m_model; }
    //! The lead table (its context menu offers the row's actions; add more with addAction()).
    QTableView* table() const;
    //! The lead of the list's current row, if there is one.
    std::optional<Core::Lead> currentLead() const;
    //! (id, name) of every program seen in the loaded rows, by name.
    //! The programs of this connection: seen on its leads, and the server's list where it has one.
    Models::ProgramCatalogue* programCatalogue() const { return m_programs; }
    //! Restores (and from now on saves) column layout and filters under \a key, one per connection profile.
    void setSettingsKey(const QString& key);

public Q_SLOTS:
    void refresh();
    //! Asks again with the page size of Preferences (when the user changed it).
    void applyPreferences() { applyQuery(); }
    void focusSearch();
    //! Shows exactly \a leads (a portfolio chart's drill-down) with a bar that says what they are and
    //! leads back to the whole list.
    void showSelection(const QString& description, const QList<Core::Lead>& leads);
    //! The current search and filters in words ("Status: Disbursed · NPA class: Sub-standard (SUB)"), or
    //! "All leads".
    QString filterDescription() const;
    //! File → Export Leads…: every lead of the current search, filters and sort (all pages) in the columns
    //! shown, in their order, to a workbook the user names; the dialog that follows it, or nullptr.
    ExportDialog* exportLeads();

Q_SIGNALS:
    //! The user opened a lead (double-click or Enter).
    void leadActivated(const QString& leadId);
    //! "Open in New Window" from the row's context menu.
    void leadInNewWindowRequested(const QString& leadId);
    //! "Portfolio…": totals and charts over the leads of the current filter.
    void portfolioRequested();

private:
    //! Moves the search box, the filters and the buttons into a bar that wraps at narrow widths.
    void arrangeFilterBar();

    void applyQuery();
    void updateState();
    void updateCount();
    static QString unreadableText(int count);
    void buildColumnMenu();
    //! Offers every program seen in the loaded rows (the API has no list of programs).
    void collectPrograms(int first, int last);
    //! The program filter offers every program of the catalogue.
    void fillProgramFilter();
    void saveSettings() const;
    //! Line figures for the rows on screen, when the server sent none (see LeadListModel::fetchLines).
    void fetchVisibleLines();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void restoreSettings();

    std::unique_ptr<Ui::LeadListPage> m_ui;
    Api::Session* m_session;
    Models::LeadListModel* m_model;
    Models::ProgramCatalogue* m_programs;
    QTimer m_searchDebounce;
    QTimer m_visibleRowsChanged; //!< coalesces scrolls, resizes and new rows into one fetchVisibleLines()
    QString m_settingsKey;
};

} // namespace Crego::Widgets
