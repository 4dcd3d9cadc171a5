// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linereport.h"

#include <QCoreApplication>

namespace Crego::Export {

class Sheet;
class Workbook;

//! A borrower's line report as a workbook: Summary (the lead, its primary applicant, each line's figures
//! and warnings, as of), Programs, Outstanding (by component, paid against outstanding), Dues, Pricing (the
//! slabs of the three rates and the loan parameters in words), Applicants, Bank accounts, Addresses and
//! Documents (a list, no files). Aadhaar shows its last four digits only; account numbers are masked
//! unless the report says they may be written in full.
class LineReportWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(LineReportWorkbook)

public:
    //! Writes \a report to \a path (whole, or not at all); false with \a error set on failure.
    static bool write(const QString& path, const LineReport& report, QString* error);

    //! The sheets' names, in order.
    static QStringList sheetNames();

private:
    explicit LineReportWorkbook(const LineReport& report);

    QStringList headerLines(const QString& what) const;
    QString belongsTo(const QString& recordId) const;
    void writeSummary(Sheet& sheet) const;
    void writePrograms(Sheet& sheet) const;
    void writeOutstanding(Sheet& sheet) const;
    void writeDues(Sheet& sheet) const;
    void writePricing(Sheet& sheet) const;
    void writeApplicants(Sheet& sheet) const;
    void writeBanks(Sheet& sheet) const;
    void writeAddresses(Sheet& sheet) const;
    void writeDocuments(Sheet& sheet) const;

    const LineReport& m_report;
};

} // namespace Crego::Export
