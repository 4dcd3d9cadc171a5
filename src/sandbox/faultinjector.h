// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

namespace Crego::Sandbox {

//! Deterministic faults for reliability tests: added latency, 503s with Retry-After, dropped
//! connections, malformed bodies and expiring authentication. Switchable at run time.
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
        //! Lead lists and leads ignore `expand=programs`, as a server without that expansion would.
        bool ignoreExpand = false;
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

private:
    Settings m_settings;
    QRandomGenerator m_random;
    int m_authorisedRequests = 0;
};

} // namespace Crego::Sandbox
