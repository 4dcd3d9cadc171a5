// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loandata.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Crego::Core {

//! The rates a borrower actually pays, read the way the server means them: the ROI, overdue ROI and penal
//! ROI slab tables honouring `*_same_as_roi` and `*_slab_based`, and the loan parameters in plain words.
class LoanPricing
{
    Q_DECLARE_TR_FUNCTIONS(LoanPricing)

public:
    enum Rate { Roi, OverdueRoi, PenalRoi };

    explicit LoanPricing(LoanData loanData);

    //! The slabs of \a rate that apply: the ROI table for an overdue/penal rate "same as ROI"; a single
    //! open-ended slab at the first rate when the table is not slab based.
    QList<RoiSlabRow> slabs(Rate rate) const;
    //! "Same as ROI", "Flat rate", or "By days outstanding".
    QString basis(Rate rate) const;
    //! "14% p.a.", "1.5% p.m." — a rate in the loan's roi_period.
    QString rateText(double ratePercent) const;
    //! "14% p.a. from day 0, no upper bound", "18% p.a. from day 31 to day 60".
    QString slabText(const RoiSlabRow& slab) const;
    //! "% p.a." for column headers and axis titles.
    QString periodUnit() const;
    //! The loan parameters as (label, value) pairs a reviewer reads: tenure, day counts, interest start,
    //! lock-in, penal lag, subvention, cashback and holdback.
    QList<QPair<QString, QString>> parameters() const;

    static QString rateName(Rate rate);
    //! "1 day", "214 days".
    static QString daysText(int days);

private:
    LoanData m_loanData;
};

} // namespace Crego::Core
