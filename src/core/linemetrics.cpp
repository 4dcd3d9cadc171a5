// SPDX-License-Identifier: GPL-3.0-or-later
#include "linemetrics.h"

#include "moneyformatter.h"

#include <QCoreApplication>

namespace Crego::Core {

namespace {

int basisPoints(Money part, Money whole)
{
    if (whole.paise() <= 0) {
        return 0;
    }
    // Integer rounding; part * 10000 stays far inside qint64 for any real line.
    return int((part.paise() * 10000 + whole.paise() / 2) / whole.paise());
}

} // namespace

LineMetrics LineMetrics::compute(const LineDetail& line, const QDateTime& now)
{
    LineMetrics metrics;
    metrics.m_approved = line.approvedLineAmount;
    metrics.m_operative = line.operativeLineAmount;
    metrics.m_available = line.activeLineAmount;
    metrics.m_used = line.principalOutstanding;
    metrics.m_blocked = line.pendingDisbursalAmount;
    metrics.m_hold = line.isHold;
    metrics.m_utilizationBasisPoints = basisPoints(metrics.m_used + metrics.m_blocked, metrics.m_operative);
    metrics.m_bucket = DpdBucket::fromDays(line.dpd);
    metrics.m_peakBucket = DpdBucket::fromDays(line.peakDpd);

    if (!line.lineExpiryDate.isNull()) {
        const QDateTime expiry = line.lineExpiryDate.toUtc();
        metrics.m_daysToExpiry = int(now.toUTC().date().daysTo(expiry.date()));
        metrics.m_expired = line.isExpired || expiry <= now;
    } else {
        metrics.m_expired = line.isExpired;
    }

    if (metrics.m_operative > metrics.m_approved) {
        metrics.m_inconsistencies.append(
            LineMetrics::tr("The operative line (%1) is larger than the approved line (%2).")
                .arg(MoneyFormatter::format(metrics.m_operative), MoneyFormatter::format(metrics.m_approved)));
    }
    const Money expectedAvailable = metrics.m_operative - metrics.m_used - metrics.m_blocked;
    if (expectedAvailable != metrics.m_available) {
        metrics.m_inconsistencies.append(
            LineMetrics::tr(
                "The available line (%1) should be operative − principal outstanding − pending disbursal (%2).")
                .arg(MoneyFormatter::format(metrics.m_available), MoneyFormatter::format(expectedAvailable)));
    }
    if (line.totalPaid != line.principalPaid + line.interestPaid + line.overduePaid + line.penalPaid) {
        metrics.m_inconsistencies.append(
            LineMetrics::tr("Total paid (%1) is not the sum of principal, interest, overdue and "
                            "penal paid.")
                .arg(MoneyFormatter::format(line.totalPaid)));
    }
    if (line.totalOutstanding
        != line.principalOutstanding + line.interestOutstanding + line.overdueOutstanding + line.penalOutstanding) {
        metrics.m_inconsistencies.append(
            LineMetrics::tr("Total outstanding (%1) is not the sum of principal, interest, overdue "
                            "and penal outstanding.")
                .arg(MoneyFormatter::format(line.totalOutstanding)));
    }
    if (line.peakDpd < line.dpd) {
        metrics.m_inconsistencies.append(
            LineMetrics::tr("Peak DPD (%1) is lower than current DPD (%2).").arg(line.peakDpd).arg(line.dpd));
    }
    return metrics;
}

QStringList LineMetrics::warnings() const
{
    QStringList warnings;
    if (m_hold) {
        warnings.append(LineMetrics::tr("The line is on hold: no drawdowns until it is released."));
    }
    if (m_expired) {
        warnings.append(LineMetrics::tr("The line has expired (%1).").arg(expiryText()));
    }
    warnings.append(m_inconsistencies);
    return warnings;
}

QString LineMetrics::expiryText() const
{
    if (!m_daysToExpiry) {
        return m_expired ? LineMetrics::tr("expired") : LineMetrics::tr("no expiry");
    }
    const int days = *m_daysToExpiry;
    if (m_expired) {
        if (days >= 0) {
            return LineMetrics::tr("expired");
        }
        return days == -1 ? LineMetrics::tr("expired 1 day ago") : LineMetrics::tr("expired %1 days ago").arg(-days);
    }
    if (days == 0) {
        return LineMetrics::tr("expires today");
    }
    return days == 1 ? LineMetrics::tr("in 1 day") : LineMetrics::tr("in %1 days").arg(days);
}

} // namespace Crego::Core
