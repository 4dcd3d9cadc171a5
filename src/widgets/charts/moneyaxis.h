// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCategoryAxis>

namespace Crego::Widgets {

//! A value axis for amounts in paise whose tick labels are compact Indian rupees (₹50 L, ₹1.25 Cr) at
//! round steps, since QValueAxis only knows printf formats.
class MoneyAxis final : public QCategoryAxis
{
    Q_OBJECT

public:
    explicit MoneyAxis(QObject* parent = nullptr);

    //! Sets the range 0 … a round value at or above \a maximumPaise, with about five labelled ticks.
    void setMaximumPaise(double maximumPaise);
    //! The step between ticks, in paise, for the current range.
    double stepPaise() const { return m_step; }

    //! A round step (1, 2, 2.5 or 5 × 10^n paise) giving at most \a ticks steps up to \a maximum.
    static double niceStep(double maximum, int ticks);

private:
    double m_step = 0;
};

} // namespace Crego::Widgets
