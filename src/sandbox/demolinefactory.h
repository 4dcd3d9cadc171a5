// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoidentity.h"

#include <QDateTime>
#include <QJsonObject>

namespace Crego::Sandbox {

//! Credit lines for the demo portfolio at every stage (fresh, partly used, fully used, expired, on hold)
//! and in every DPD bucket and NPA class, with figures that pass the core's line consistency check.
class DemoLineFactory
{
public:
    enum class Stage { Fresh, PartlyUsed, FullyUsed, Expired, OnHold };

    struct Profile
    {
        Stage stage = Stage::Fresh;
        int dpd = 0;
        int peakDpd = 0;
    };

    DemoLineFactory(DemoIdentity& identity, const QDateTime& now);

    Profile randomProfile();
    //! A `line_detail` object; \a loanData decides which of subvention, cashback and holdback apply.
    QJsonObject lineDetail(
        const Profile& profile, qint64 approvedRupees, const QJsonObject& loanData, double createdAt);
    qint64 randomApprovedRupees();
    //! The RBI class for a DPD: STD up to 90 days, then SUB, DBT after a year as NPA, LOSS after four.
    static QString npaCategoryFor(int dpd);

private:
    DemoIdentity& m_identity;
    QDateTime m_now;
};

} // namespace Crego::Sandbox
