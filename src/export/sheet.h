// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "timestamp.h"

#include <QList>
#include <QStringList>

struct lxw_worksheet;

namespace Crego::Export {

class Workbook;

//! One worksheet written row by row: a header block (what was exported, from where, as of when), a bold
//! header row that stays in view and carries an autofilter, then typed cells — amounts as numbers in
//! rupees with Indian grouping, percentages, real dates, identifiers as text. finish() fits the columns.
class Sheet
{
public:
    Sheet(Workbook& workbook, lxw_worksheet* worksheet);

    //! Lines above the table ("Leads — status: disbursed", "Sandbox http://…", "As of 30 Nov 2026").
    void addHeaderLines(const QStringList& lines);
    //! The table's header row; the rows below it are the data.
    void setColumns(const QStringList& titles);

    //! Moves to the next data row (call before writing each row's cells).
    void nextRow();
    void text(int column, const QString& value);
    //! An identifier (ref id, mobile, PAN, account number): text, so Excel keeps leading zeros and digits.
    void identifier(int column, const QString& value) { text(column, value); }
    //! Rupees, exact from paise; whole rupees without decimals.
    void amount(int column, Core::Money value);
    void integer(int column, qint64 value);
    //! \a percent as shown (12.5 for 12.5 %).
    void percent(int column, double percent);
    //! The date of \a value in the reader's time zone (the app's local time).
    void date(int column, const Core::Timestamp& value);
    void dateTime(int column, const Core::Timestamp& value);
    //! A calendar day (a date of birth), without a time zone.
    void day(int column, const QDate& value);

    //! Data rows written so far.
    int rowCount() const { return m_dataRows; }
    //! Fits the column widths to what was written and adds the autofilter over the table.
    void finish();

private:
    void note(int column, int characters);

    Workbook& m_workbook;
    lxw_worksheet* m_worksheet;
    int m_row = -1; //!< the row being written (0-based)
    int m_headerRow = -1;
    int m_dataRows = 0;
    int m_columns = 0;
    QList<int> m_widths; //!< characters per column
};

} // namespace Crego::Export
