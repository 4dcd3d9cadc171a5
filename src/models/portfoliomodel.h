// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfoliobreakdownmodel.h"
#include "portfolioentry.h"
#include "portfolioleads.h"

#include "lead.h"
#include "money.h"

#include <QDateTime>
#include <QObject>

namespace Crego::Models {

//! A portfolio of leads with their credit lines, summed up as it arrives: totals (approved, outstanding,
//! available) and four breakdowns — exposure by program, leads by DPD bucket (worst line), by asset class
//! (most severe line) and by utilization band. Keeps each lead (without its programs) so a chart's bar or
//! slice can open exactly the leads behind it.
class PortfolioModel final : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioModel(QObject* parent = nullptr);

    PortfolioBreakdownModel* byProgram() const { return m_byProgram; }
    PortfolioBreakdownModel* byDpdBucket() const { return m_byDpdBucket; }
    PortfolioBreakdownModel* byAssetClass() const { return m_byAssetClass; }
    PortfolioBreakdownModel* byUtilization() const { return m_byUtilization; }

    //! Forgets every lead.
    void clear();
    enum class Publish { Now, Later };
    //! Adds leads, worked out from their programs (PortfolioEntry::fromLeads, on any thread), in order;
    //! with Publish::Later the views hear of them at the next publish().
    void addEntries(const QList<PortfolioEntry>& entries, Publish when = Publish::Now);
    //! Tells the views (tables, charts) about everything added since the last publish.
    void publish();

    qint64 leadCount() const { return m_leads.size(); }
    //! Leads that have no credit line: counted in the totals, in no breakdown.
    qint64 leadsWithoutLine() const { return m_withoutLine; }
    Core::Money approved() const { return m_approved; }
    Core::Money outstanding() const { return m_outstanding; }
    Core::Money available() const { return m_available; }
    //! Every lead, in the order they arrived, as the lead list shows it: its ids, name, mobile, status, dates
    //! and line summary (its programs, applicants and other fields are not kept). Built on each call.
    QList<Core::Lead> leads() const { return m_leads.all(); }
    //! The leads counted in \a row of \a breakdown (one of this portfolio's four).
    QList<Core::Lead> leadsIn(const PortfolioBreakdownModel* breakdown, int row) const;

    //! The utilization band a line use of \a basisPoints falls in: 0 (0–9%) … 9 (90–100%), 10 (over 100%);
    //! labelled in percent ("0–9", "90–100", "Over 100").
    static int utilizationBand(int basisPoints);
    static QString utilizationBandLabel(int band);

Q_SIGNALS:
    //! Totals and breakdowns changed (once per publish or clear).
    void changed();

private:
    void addEntry(const PortfolioEntry& entry);

    PortfolioBreakdownModel* m_byProgram;
    PortfolioBreakdownModel* m_byDpdBucket;
    PortfolioBreakdownModel* m_byAssetClass;
    PortfolioBreakdownModel* m_byUtilization;
    PortfolioLeads m_leads;
    qint64 m_withoutLine = 0;
    Core::Money m_approved;
    Core::Money m_outstanding;
    Core::Money m_available;
};

} // namespace Crego::Models
