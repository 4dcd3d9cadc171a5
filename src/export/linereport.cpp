// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereport.h"

namespace Crego::Export {

QList<LineComponent> LineComponent::of(const Core::LineDetail& line)
{
    return {
        { tr("Principal"), line.principalOutstanding, line.principalPaid, line.totalDuePrincipal },
        { tr("Interest"), line.interestOutstanding, line.interestPaid, line.totalDueInterest },
        { tr("Overdue interest"), line.overdueOutstanding, line.overduePaid, line.totalDueOverdue },
        { tr("Penal interest"), line.penalOutstanding, line.penalPaid, line.totalDuePenal },
        { tr("Total"), line.totalOutstanding, line.totalPaid, line.dueAmount },
    };
}

} // namespace Crego::Export
