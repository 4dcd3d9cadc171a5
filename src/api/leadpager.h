// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "leadquery.h"
#include "pagefollower.h"

#include "lead.h"

#include <QObject>
#include <QPointer>

namespace Crego::Api {

class ApiCall;
class CregoClient;

//! Reads every page of a lead query, one after another, as far as the server says the list goes (see
//! PageFollower), reporting progress and stopping on cancel().
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
    void fetchNext();

    CregoClient* m_client;
    LeadQuery m_query;
    PageFollower m_pages;
    QPointer<ApiCall> m_call;
    bool m_running = false;
};

} // namespace Crego::Api
