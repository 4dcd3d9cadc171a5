// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "lead.h"
#include "leadquery.h"
#include "pagefollower.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <optional>

namespace Crego::Api {

class ApiCall;
class CregoClient;

//! Reads every page of a lead query, in order, as far as the server says the list goes (see
//! PageFollower), reporting progress and stopping on cancel(). Once the server's count is known and it
//! pages by number (its `next` links naming page numbers count), the page after the next is asked for
//! while the next one is read, so the server works while this side decodes; pages are still handed on one
//! by one, in order. A cursor is followed one page at a time.
class LeadPager final : public QObject
{
    Q_OBJECT

public:
    LeadPager(CregoClient* client, const LeadQuery& query, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 loaded() const { return m_pages.loaded(); }
    qint64 total() const { return m_pages.total(); }

Q_SIGNALS:
    void pageArrived(const QList<Crego::Core::Lead>& leads);
    //! Leads loaded so far out of the total the server reported (-1 while unknown).
    void progress(qint64 loaded, qint64 total);
    //! The end: all pages read (no error), or an error, or cancelled (band Cancelled).
    void finished(const Crego::Api::ApiError& error);

private:
    using Result = ApiResult<Core::Page<Core::Lead>>;
    struct Pending
    {
        QPointer<ApiCall> call;
        std::optional<Result> result;
    };
    //! Asks for what comes next (by cursor, or by number with one page ahead).
    void fetchNext();
    void request(int page);
    //! Hands on the pages that arrived, in order.
    void deliver();
    bool take(const Result& result);

    CregoClient* m_client;
    LeadQuery m_query;
    PageFollower m_pages;
    //! Requests in flight or answered and waiting their turn, by page number (0: the next cursor link).
    std::map<int, Pending> m_pending;
    bool m_running = false;
};

} // namespace Crego::Api
