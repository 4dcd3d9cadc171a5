// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Crego::Sandbox {

//! The demo programs: distributor, dealer and vendor financing from a few anchors, and a term loan,
//! each with its pricing (flat or slab ROI, overdue and penal slabs, subvention, cashback, holdback).
class ProgramCatalog
{
public:
    struct Entry
    {
        QJsonObject program; //!< the documented `program` object
        QJsonObject loanData; //!< the documented `loan_data` object new lines start from
    };

    static QList<Entry> build(const QDateTime& now);
};

} // namespace Crego::Sandbox
