// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"
#include "linesummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace Crego::Export {

class Sheet;

//! The columns a lead can be exported in, by key (name, ref_id, mobile, program, status, approved_line,
//! operative_line, available_line, outstanding, dpd, dpd_bucket, npa_class, created), and the writing of one
//! lead's row in a chosen set of them. Shared by the lead list and the portfolio's Leads sheet.
class LeadColumns
{
    Q_DECLARE_TR_FUNCTIONS(LeadColumns)

public:
    //! Every column key, in the list's order.
    static QStringList keys();
    //! The columns the lead list shows by default.
    static QStringList defaults();
    static QString title(const QString& key);
    //! Keys in \a columns that are no column.
    static QStringList unknown(const QStringList& columns);

    //! Writes rows in \a columns (known keys); mobiles masked unless \a fullMobiles.
    LeadColumns(const QStringList& columns, bool fullMobiles);

    QStringList titles() const;
    //! Starts a row on \a sheet and writes \a lead's cells.
    void writeRow(Sheet& sheet, const Core::Lead& lead) const;

private:
    void write(
        Sheet& sheet, int column, int key, const Core::Lead& lead, const std::optional<Core::LineSummary>& line) const;

    QStringList m_keys;
    QList<int> m_columns; //!< indexes into keys()
    bool m_fullMobiles;
};

} // namespace Crego::Export
