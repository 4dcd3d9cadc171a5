// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"
#include "linesummary.h"
#include "workbook.h"

#include <QCoreApplication>
#include <QStringList>

namespace Crego::Export {

class Sheet;

//! The lead-list workbook: one "Leads" sheet with a header block (what was exported, the filters, the
//! connection, as of) and a row per lead, in the columns asked for. Rows are appended page by page as they
//! arrive; commit() puts the file in place.
class LeadListWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(LeadListWorkbook)

public:
    //! What the export says about itself in its header block.
    struct Description
    {
        QString filters; //!< "status: disbursed; search: surya", or empty for all leads
        QString connection; //!< "Sandbox (http://127.0.0.1:8080)"
        QDateTime asOf;
        bool fullMobiles = false; //!< mobiles unmasked (the user asked for it)
    };

    //! Every column key, in the list's order: name, ref_id, mobile, program, status, approved_line,
    //! operative_line, available_line, outstanding, dpd, dpd_bucket, npa_class, created.
    static QStringList columnKeys();
    //! The columns the lead list shows by default.
    static QStringList defaultColumns();
    static QString columnTitle(const QString& key);

    //! Starts \a path with \a columns (keys; unknown ones are an error the caller checks with
    //! unknownColumns()).
    LeadListWorkbook(const QString& path, const QStringList& columns, const Description& description);
    ~LeadListWorkbook();

    //! Keys in \a columns that are no column.
    static QStringList unknownColumns(const QStringList& columns);

    bool isOpen() const { return m_workbook.isOpen(); }
    void append(const QList<Core::Lead>& leads);
    int rowCount() const;
    bool commit();
    QString error() const { return m_workbook.error(); }

private:
    void write(int column, int key, const Core::Lead& lead, const std::optional<Core::LineSummary>& line);

    Workbook m_workbook;
    Sheet* m_sheet;
    QList<int> m_columns; //!< indexes into columnKeys()
    bool m_fullMobiles;
};

} // namespace Crego::Export
