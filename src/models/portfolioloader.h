// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "leadquery.h"

#include "lead.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace Crego::Api {
class CregoClient;
class LeadPager;
} // namespace Crego::Api

namespace Crego::Models {

class PortfolioModel;
struct PortfolioEntry;

//! Fills a PortfolioModel with every lead of a query and its credit lines: pages of 200 with
//! `expand=programs`, each page's figures worked out on a worker thread (PortfolioEntry) while the next
//! pages download, then added up on this one; when the server sends the leads without their programs,
//! each lead's programs are fetched, a few at a time. Reports progress and stops on cancel().
class PortfolioLoader final : public QObject
{
    Q_OBJECT

public:
    //! Program look-ups in flight at once when the server does not expand programs.
    static constexpr int ProgramFetchesInFlight = 4;
    //! The portfolio's views hear of new leads at most this often while loading, and at the end.
    static constexpr int PublishIntervalMs = 250;

    PortfolioLoader(Api::CregoClient* client, PortfolioModel* portfolio, QObject* parent = nullptr);
    //! Waits for the page being worked out, if any (a millisecond or so).
    ~PortfolioLoader() override;

    //! Clears the portfolio and loads the leads matching \a filter (its page and ordering are ignored).
    void start(const Api::LeadQuery& filter);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    //! Leads summed up so far out of the total matching the filter (-1 while unknown).
    void progress(qint64 loaded, qint64 total);
    //! All leads loaded (no error), an error, or cancelled (band Cancelled).
    void finished(const Crego::Api::ApiError& error);

private:
    void addPage(const QList<Core::Lead>& leads);
    void workOut(const QList<Core::Lead>& leads);
    void addToPortfolio(const QList<PortfolioEntry>& entries);
    void finishWhenDone();
    void fetchWaitingPrograms();
    void pagesFinished(const Api::ApiError& error);
    void finish(const Api::ApiError& error);

    Api::CregoClient* m_client;
    PortfolioModel* m_portfolio;
    QPointer<Api::LeadPager> m_pager;
    //! Parent of the program look-ups: deleting it cancels them all.
    QPointer<QObject> m_fetches;
    QList<Core::Lead> m_waiting;
    int m_inFlight = 0;
    //! One thread, so pages are worked out, and added, in the order they arrived.
    QThreadPool m_workers;
    int m_pagesBeingWorkedOut = 0;
    QElapsedTimer m_sincePublish;
    int m_generation = 0; //!< bumped by finish(): callbacks of an earlier run do nothing
    std::optional<bool> m_serverExpands;
    bool m_pagesDone = false;
    bool m_running = false;
    qint64 m_loaded = 0;
    qint64 m_total = -1;
};

} // namespace Crego::Models
