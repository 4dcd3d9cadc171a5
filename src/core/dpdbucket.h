// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Crego::Core {

//! RBI delinquency buckets by days past due: current, SMA-0 (1-30), SMA-1 (31-60), SMA-2 (61-90), NPA (91+).
class DpdBucket
{
    Q_DECLARE_TR_FUNCTIONS(DpdBucket)

public:
    enum Value { Current, Sma0, Sma1, Sma2, Npa };

    static DpdBucket fromDays(int dpd);
    static DpdBucket fromValue(Value value) { return DpdBucket(value); }

    Value value() const { return m_value; }
    //! Short code for tables and filters: "Current", "SMA-0", ... "NPA".
    QString code() const;
    //! The range in days, for legends and tooltips: "1-30 days".
    QString rangeText() const;
    //! Lowest DPD that falls in this bucket.
    int minDays() const;
    //! Highest DPD in this bucket, or -1 when open-ended (NPA).
    int maxDays() const;

    friend bool operator==(DpdBucket a, DpdBucket b) { return a.m_value == b.m_value; }
    friend bool operator!=(DpdBucket a, DpdBucket b) { return a.m_value != b.m_value; }

private:
    explicit DpdBucket(Value value)
        : m_value(value)
    { }

    Value m_value;
};

} // namespace Crego::Core
