// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

namespace Crego::Sandbox {

//! Deterministic faults for reliability tests — added latency, 503s with Retry-After, dropped connections,
//! malformed bodies, expiring authentication — and the ways a stock Django REST Framework server differs
//! from the sandbox's own extensions. Switchable at run time.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMinMs = 0;
        int latencyMaxMs = 0;
        double errorRate = 0;
        double dropRate = 0;
        double malformedRate = 0;
        int authExpireAfter = 0; //!< 0: never
        //! Lead responses without the `line_summary` extension, as a real Crego server sends them.
        bool omitLineSummary = false;
        //! No `GET /v1/crm/programs/` (the program list extension): 404, as a real Crego server answers.
        bool omitProgramList = false;
        //! Lead lists and leads ignore `expand=programs`, as a server without that expansion would.
        bool ignoreExpand = false;
        //! How the lead list pages: the sandbox's envelope, DRF page numbers (`{count, next, previous,
        //! results}`, 404 "Invalid page." past the end) or DRF cursors (`next` links with `?cursor=`, no count).
        enum class Pagination { Sandbox, PageNumber, Cursor };
        Pagination pagination = Pagination::Sandbox;
        //! `?lead=` on applicants, banks, documents and addresses is ignored: everyone's records come back.
        bool ignoreUnknownFilters = false;
        //! Empty optional fields are null, and tags are objects.
        bool nullOptionals = false;
        //! Amounts are decimal strings ("500000.00").
        bool decimalStringAmounts = false;
        //! Times are epoch milliseconds.
        bool millisecondTimestamps = false;
        //! The health check wants the bearer token too.
        bool healthRequiresToken = false;
        //! 404 and 5xx answers are HTML pages, as a proxy or Django's debug-free pages send them.
        bool htmlErrors = false;
        //! The first record of every list answer has a time no one can read ("created_at": "soon").
        bool unreadableRecords = false;

        //! Every stock-server behaviour at once (page-number pagination), or none (the sandbox's own ways).
        void setStockServer(bool on);
    };

    //! What to do to one request; drawn in request order, so a fixed seed gives a fixed sequence.
    struct Decision
    {
        int latencyMs = 0;
        bool serviceUnavailable = false;
        bool drop = false;
        bool malformed = false;
    };

    explicit FaultInjector(quint32 seed = 1);

    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings);
    Decision decide();
    //! Counts one authorised request; true when this one crosses the expiry threshold.
    bool countAuthorisedRequest();

    //! "120" or "50-200" into a latency range; false when malformed.
    static bool parseLatency(const QString& text, int& minMs, int& maxMs);
    QJsonObject toJson() const;
    //! Applies the keys present in \a json; returns a description of the first bad value, or empty.
    QString applyJson(const QJsonObject& json);
    //! The JSON keys of the on/off stock-server behaviours ("omit_line_summary", …).
    static QStringList behaviourNames();
    //! The same on \a settings (for the command line); nothing changes when a value is bad.
    static QString apply(const QJsonObject& json, Settings& settings);

private:
    Settings m_settings;
    QRandomGenerator m_random;
    int m_authorisedRequests = 0;
};

} // namespace Crego::Sandbox
