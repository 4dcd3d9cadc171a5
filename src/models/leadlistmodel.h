// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadpagecache.h"

#include "apierror.h"
#include "leadquery.h"
#include "pagefollower.h"

#include "lead.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Crego::Api {
class ApiCall;
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

//! The lead list, paged from the server; search, filters and sorting go to the server with the query, never
//! through a local proxy. When the server counts the leads and numbers its pages, the model has a row for
//! every lead from the first page on and fetches only the pages the view shows (fetchRows()), keeping those
//! near the view; rows not yet here say "Loading…". A server that pages by cursor can only be read in order:
//! then fetchMore() appends the next page as the view scrolls to the end (loadsInOrder()).
class LeadListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, RefId, Mobile, Program, Status, Approved, Outstanding, Dpd, NpaClass, Created, ColumnCount };
    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)

    explicit LeadListModel(Api::CregoClient* client, QObject* parent = nullptr);

    //! Replaces the query (search, filters, ordering) and reloads from page 1.
    void setQuery(const Api::LeadQuery& query);
    const Api::LeadQuery& query() const { return m_query; }
    //! Reloads the current query from page 1 (F5, Retry); ends a selection.
    void reload();
    //! Shows exactly \a leads (a chart's drill-down) instead of the query's pages, until the next
    //! setQuery() or reload(); meanwhile sorting happens here, over those leads.
    void showSelection(const QString& description, const QList<Core::Lead>& leads);
    bool isSelection() const { return !m_selection.isEmpty(); }
    //! What the selection is, e.g. "SMA-1 (31-60 days)"; empty when the list shows the query.
    QString selection() const { return m_selection; }
    State state() const { return m_state; }
    QString errorMessage() const { return m_error.message(); }
    //! Leads the server sent that could not be read (left out of the rows; reasons in the log).
    int unreadable() const { return m_unreadable; }
    //! Leads matching the query on the server; -1 before the first page arrives.
    qint64 totalCount() const { return m_total; }
    //! The lead of \a row, or null while its page is not here (or it could not be read).
    const Core::Lead* leadAt(int row) const;
    //! Asks for the pages of rows \a first to \a last that are not here (the view calls it for the rows
    //! on screen): the latest call wins, so pages scrolled past are not asked for; a page that failed is
    //! asked for again only after reload().
    void fetchRows(int first, int last);
    //! The server pages by cursor (or does not count): rows come in order, one page as the view reaches
    //! the end, instead of wherever the view jumps.
    bool loadsInOrder() const { return m_paging == Paging::InOrder && m_selection.isEmpty(); }
    //! Pages of leads in memory (at most KeptPages when the server numbers its pages).
    int keptPages() const;
    static constexpr int KeptPages = 40;
    static constexpr int PagesInFlight = 2;
    //! Row of the lead with \a id among those here, or -1.
    int rowOf(const QString& id) const;
    //! Removes a lead the server deleted, without reloading.
    void removeLead(const QString& id);
    //! Deletes lead \a id on the server and, when it is gone (or was already), from the list; \a done
    //! gets the error, or none. Never runs after \a context is destroyed.
    void deleteLead(const QString& id, QObject* context, std::function<void(const Api::ApiError&)> done);
    //! Asks for the programs of the leads in rows \a first to \a last that came without a line summary
    //! (a server without that extension); the view calls it for the rows it shows, so only those are
    //! fetched, each once.
    void fetchLines(int first, int last);
    //! Shows primary mobile numbers in full instead of masked.
    void setRevealMobiles(bool reveal);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    //! Sorting is the server's: the column becomes the query's `ordering`.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    //! The server's ordering key for \a column, or empty when the server cannot sort by it.
    static QString orderingKey(int column);

Q_SIGNALS:
    void stateChanged(Crego::Models::LeadListModel::State state);
    void totalCountChanged(qint64 total);
    //! A selection started or ended.
    void selectionChanged(const QString& selection);
    //! Leads arrived for rows \a first to \a last (appended, or a page filled in).
    void rowsLoaded(int first, int last);

private:
    enum class Paging {
        Unknown, //!< before the first page
        InOrder, //!< m_leads, appended page after page
        Anywhere, //!< m_cache, any page at any time
    };

    //! Asks for the page the server says comes next (page 1 after a reset).
    void fetchNext();
    //! Whether the first page says any page can be asked for by its number.
    bool pagesByNumber(const Core::PageInfo& info) const;
    void startAnywhere(const Core::Page<Core::Lead>& first);
    void requestWantedPages();
    void fetchPage(int page);
    void pageArrived(int page, const Core::Page<Core::Lead>& leads);
    //! The server's count changed between pages: the rows follow it and every page is asked for again.
    void adoptCount(qint64 count);
    void cancelPageCalls(int fromPage = 1);
    void emitRowsChanged(const LeadPageCache::Rows& rows);
    Core::Lead* mutableLead(int row);
    QVariant placeholderData(int row, int column, int role) const;
    void setState(State state);
    QVariant displayData(const Core::Lead& lead, int column) const;
    QVariant rawData(const Core::Lead& lead, int column) const;

    Api::CregoClient* m_client;
    Api::LeadQuery m_query;
    QList<Core::Lead> m_leads;
    QPointer<Api::ApiCall> m_call;
    Api::ApiError m_error;
    State m_state = State::Idle;
    qint64 m_total = -1;
    int m_unreadable = 0;
    //! Where the list goes on; stopped by an error, so only Retry (reload()) asks again.
    Api::PageFollower m_pages;
    bool m_revealMobiles = false;
    QString m_selection;
    QSet<QString> m_lineRequested;
    Paging m_paging = Paging::Unknown;
    LeadPageCache m_cache;
    QHash<int, QPointer<Api::ApiCall>> m_pageCalls;
    QList<int> m_wantedPages;
    int m_aroundPage = 1;
    Api::ApiError m_pageError;
};

} // namespace Crego::Models
