// SPDX-License-Identifier: GPL-3.0-or-later
#include "dpdbucket.h"

#include <QCoreApplication>

namespace Crego::Core {

namespace {

struct BucketRange
{
    int min;
    int max; // -1: open-ended
};

constexpr BucketRange Ranges[] = { { 0, 0 }, { 1, 30 }, { 31, 60 }, { 61, 90 }, { 91, -1 } };

} // namespace

DpdBucket DpdBucket::fromDays(int dpd)
{
    if (dpd <= 0) {
        return DpdBucket(Current);
    }
    if (dpd <= 30) {
        return DpdBucket(Sma0);
    }
    if (dpd <= 60) {
        return DpdBucket(Sma1);
    }
    if (dpd <= 90) {
        return DpdBucket(Sma2);
    }
    return DpdBucket(Npa);
}

QString DpdBucket::code() const
{
    switch (m_value) {
    case Current:
        return DpdBucket::tr("Current");
    case Sma0:
        return DpdBucket::tr("SMA-0");
    case Sma1:
        return DpdBucket::tr("SMA-1");
    case Sma2:
        return DpdBucket::tr("SMA-2");
    case Npa:
        return DpdBucket::tr("NPA");
    }
    return QString();
}

QString DpdBucket::rangeText() const
{
    if (m_value == Current) {
        return DpdBucket::tr("0 days");
    }
    if (m_value == Npa) {
        return DpdBucket::tr("91+ days");
    }
    return DpdBucket::tr("%1-%2 days").arg(minDays()).arg(maxDays());
}

int DpdBucket::minDays() const
{
    return Ranges[m_value].min;
}

int DpdBucket::maxDays() const
{
    return Ranges[m_value].max;
}

} // namespace Crego::Core
