// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadcolumns.h"
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

    //! Starts \a path with \a columns (LeadColumns keys; the caller checks them with LeadColumns::unknown()).
    LeadListWorkbook(const QString& path, const QStringList& columns, const Description& description);
    ~LeadListWorkbook();

    bool isOpen() const { return m_workbook.isOpen(); }
    void append(const QList<Core::Lead>& leads);
    int rowCount() const;
    bool commit();
    QString error() const { return m_workbook.error(); }

private:
    Workbook m_workbook;
    Sheet* m_sheet;
    LeadColumns m_columns;
};

} // namespace Crego::Export
