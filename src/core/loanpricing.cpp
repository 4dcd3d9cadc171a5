// SPDX-License-Identifier: GPL-3.0-or-later
#include "loanpricing.h"

#include "codetext.h"
#include "moneyformatter.h"

#include <QLocale>

namespace Crego::Core {

namespace {

//! "disbursement_date" → "Disbursement date"; "not set" for an empty code.
QString readable(const QString& code)
{
    return code.isEmpty() ? LoanPricing::tr("not set") : CodeText::humanize(code);
}

QString percentText(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

LoanPricing::LoanPricing(LoanData loanData)
    : m_loanData(std::move(loanData))
{ }

QString LoanPricing::rateName(Rate rate)
{
    switch (rate) {
    case Roi:
        return tr("ROI");
    case OverdueRoi:
        return tr("Overdue ROI");
    case PenalRoi:
        return tr("Penal ROI");
    }
    return QString();
}

QList<RoiSlabRow> LoanPricing::slabs(Rate rate) const
{
    const auto effective = [](const RoiSlabTable& table, bool slabBased) {
        QList<RoiSlabRow> rows = table.rows();
        if (!slabBased && !rows.isEmpty()) {
            return QList<RoiSlabRow> { RoiSlabRow { 0, std::nullopt, rows.first().ratePercent } };
        }
        return rows;
    };
    switch (rate) {
    case Roi:
        return effective(m_loanData.roiValue, m_loanData.roiSlabBased);
    case OverdueRoi:
        return m_loanData.overdueRoiSameAsRoi ? slabs(Roi)
                                              : effective(m_loanData.overdueRoiValue, m_loanData.overdueRoiSlabBased);
    case PenalRoi:
        return m_loanData.penalRoiSameAsRoi ? slabs(Roi)
                                            : effective(m_loanData.penalRoiValue, m_loanData.penalRoiSlabBased);
    }
    return {};
}

QString LoanPricing::basis(Rate rate) const
{
    if ((rate == OverdueRoi && m_loanData.overdueRoiSameAsRoi) || (rate == PenalRoi && m_loanData.penalRoiSameAsRoi)) {
        return tr("Same as ROI");
    }
    const bool slabBased = rate == Roi ? m_loanData.roiSlabBased
        : rate == OverdueRoi           ? m_loanData.overdueRoiSlabBased
                                       : m_loanData.penalRoiSlabBased;
    return slabBased ? tr("By days outstanding") : tr("Flat rate");
}

QString LoanPricing::periodUnit() const
{
    const QString period = m_loanData.roiPeriod.toLower();
    if (period == u"months" || period == u"month") {
        return tr("% p.m.");
    }
    if (period == u"days" || period == u"day") {
        return tr("% per day");
    }
    if (period.isEmpty() || period == u"years" || period == u"year") {
        return tr("% p.a.");
    }
    return tr("% per %1").arg(period);
}

QString LoanPricing::rateText(double ratePercent) const
{
    return percentText(ratePercent) + periodUnit();
}

QString LoanPricing::slabText(const RoiSlabRow& slab) const
{
    if (!slab.toDay) {
        return tr("%1 from day %2, no upper bound").arg(rateText(slab.ratePercent)).arg(slab.fromDay);
    }
    return tr("%1 from day %2 to day %3").arg(rateText(slab.ratePercent)).arg(slab.fromDay).arg(*slab.toDay);
}

QString LoanPricing::daysText(int days)
{
    return days == 1 ? tr("1 day") : tr("%1 days").arg(MoneyFormatter::groupDigits(days));
}

QList<QPair<QString, QString>> LoanPricing::parameters() const
{
    const LoanData& loan = m_loanData;
    QList<QPair<QString, QString>> rows;
    const QString tenureUnit = loan.tenurePeriod.isEmpty() || loan.tenurePeriod == u"days"
        ? daysText(loan.tenureValue)
        : tr("%1 %2").arg(loan.tenureValue).arg(loan.tenurePeriod);
    rows.append({ tr("Tenure"), tenureUnit });
    rows.append({ tr("Tenure counted"), readable(loan.tenurePeriodType) });
    rows.append({ tr("Tenure starts at"), readable(loan.tenureStartsAt) });
    rows.append({ tr("Interest starts"), readable(loan.interestStarts) });
    rows.append({ tr("Day count"), tr("%1 days a month, %2 days a year").arg(loan.daysInMonth).arg(loan.daysInYear) });
    rows.append({ tr("Interest lock-in"), loan.interestLockInEnabled ? daysText(loan.interestLockInDays) : tr("Off") });
    rows.append({ tr("Penal interest starts"),
        loan.penalLagDaysAfterDue == 0 ? tr("On the due date")
                                       : tr("%1 after the due date").arg(daysText(loan.penalLagDaysAfterDue)) });
    if (!loan.subventionIsEnabled) {
        rows.append({ tr("Subvention"), tr("Off") });
    } else {
        const QString value = loan.subventionValueType == u"percentage"
            ? tr("%1%").arg(percentText(loan.subventionValue))
            : MoneyFormatter::format(Money::fromPaise(qRound64(loan.subventionValue * 100)));
        rows.append({ tr("Subvention"), tr("%1 for %2").arg(value, daysText(loan.subventionDays)) });
    }
    if (!loan.cashbackIsEnabled) {
        rows.append({ tr("Cashback"), tr("Off") });
    } else {
        QString text = tr("Paid to %1, used as %2, released at %3")
                           .arg(readable(loan.cashbackPaymentTo).toLower(), readable(loan.cashbackUseAs).toLower(),
                               readable(loan.cashbackReleaseAt).toLower());
        if (loan.cashbackDeductionIsEnabled) {
            const QString deduction = loan.cashbackDeductionType == u"percentage"
                ? tr("%1%").arg(percentText(loan.cashbackDeductionValue))
                : MoneyFormatter::format(Money::fromPaise(qRound64(loan.cashbackDeductionValue * 100)));
            text += tr("; deduction %1").arg(deduction);
        }
        rows.append({ tr("Cashback"), text });
    }
    if (!loan.holdbackIsEnabled) {
        rows.append({ tr("Holdback"), tr("Off") });
    } else {
        QString text = tr("%1% of each disbursal").arg(percentText(loan.holdbackRate.value));
        text += loan.holdbackReturnIsEnabled
            ? tr(", returned to %1").arg(readable(loan.holdbackReturnPaymentTo).toLower())
            : tr(", not returned");
        rows.append({ tr("Holdback"), text });
    }
    return rows;
}

} // namespace Crego::Core
