// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dpdbucket.h"
#include "linedetail.h"
#include "money.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Crego::Core {

//! What a reviewer reads off a credit line: headroom, use, utilization, delinquency bucket, expiry, and
//! whether the server's figures agree with each other.
class LineMetrics
{
    Q_DECLARE_TR_FUNCTIONS(LineMetrics)

public:
    static LineMetrics compute(const LineDetail& line, const QDateTime& now);

    Money approved() const { return m_approved; }
    Money operative() const { return m_operative; }
    Money available() const { return m_available; }
    //! Principal outstanding: money the borrower has drawn and not repaid.
    Money used() const { return m_used; }
    //! Pending disbursal: drawdowns requested and not yet paid out.
    Money blocked() const { return m_blocked; }
    //! (used + blocked) as hundredths of a percent of the operative line; 0 when there is no operative line.
    int utilizationBasisPoints() const { return m_utilizationBasisPoints; }
    double utilizationPercent() const { return m_utilizationBasisPoints / 100.0; }
    DpdBucket bucket() const { return m_bucket; }
    DpdBucket peakBucket() const { return m_peakBucket; }
    bool isExpired() const { return m_expired; }
    //! Whole days from now to the expiry date (UTC); negative once past; nullopt without an expiry date.
    std::optional<int> daysToExpiry() const { return m_daysToExpiry; }
    //! "in 214 days", "expires today", "expired 3 days ago", or "no expiry".
    QString expiryText() const;
    //! One translated sentence for each pair of figures that disagree; empty when the line adds up.
    QStringList inconsistencies() const { return m_inconsistencies; }
    bool isConsistent() const { return m_inconsistencies.isEmpty(); }
    //! What a reviewer must not miss, one translated sentence each: on hold, expired, and each
    //! inconsistency; empty for a line in good order. The credit line tab, the workbook and the PDF show
    //! these same sentences.
    QStringList warnings() const;

private:
    LineMetrics() = default;

    Money m_approved;
    Money m_operative;
    Money m_available;
    Money m_used;
    Money m_blocked;
    int m_utilizationBasisPoints = 0;
    DpdBucket m_bucket = DpdBucket::fromDays(0);
    DpdBucket m_peakBucket = DpdBucket::fromDays(0);
    bool m_expired = false;
    bool m_hold = false;
    std::optional<int> m_daysToExpiry;
    QStringList m_inconsistencies;
};

} // namespace Crego::Core
