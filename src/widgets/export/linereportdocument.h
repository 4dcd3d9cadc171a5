// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linereport.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <memory>

class QPagedPaintDevice;

namespace Crego::Widgets {

//! A borrower's line report laid out for paper: the lead and its primary applicant, each line's tiles,
//! utilization, delinquency and warnings, outstanding against paid with its chart, pricing slabs with the
//! rate chart and the loan parameters in words, then applicants, bank accounts, addresses and documents.
//! Printed (QPrinter) or written as a PDF (QPdfWriter); Aadhaar and account numbers masked as in the app.
class LineReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(LineReportDocument)

public:
    explicit LineReportDocument(const Export::LineReport& report);

    QTextDocument& document() { return *m_document; }
    //! Lays the report out on \a device's pages (a printer or a PDF writer).
    void print(QPagedPaintDevice* device);
    //! Writes the report as a PDF at \a path, whole or not at all; false with \a error set on failure.
    bool writePdf(const QString& path, QString* error);

private:
    QString html();
    QString programHtml(const Core::LeadProgram& program, int index);
    //! The charts the credit-line tab draws for \a program, as images in the document.
    void addCharts(const QList<Core::LeadProgram>& programs);

    const Export::LineReport& m_report;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace Crego::Widgets
