// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportjob.h"
#include "linereport.h"

#include <QPointer>

#include <functional>

namespace Crego::Models {

class LeadDetailLoader;

//! Exports one lead's line report workbook from what its loader holds: waits for parts still loading,
//! fails with the reason when one the report needs could not be loaded, then writes on a thread of its own.
class LineReportExport final : public ExportJob
{
    Q_OBJECT

public:
    //! \a connection names the server in the header; account numbers in full only with \a fullAccountNumbers.
    LineReportExport(const LeadDetailLoader* loader, const QString& connection, bool fullAccountNumbers,
        const QString& path, QObject* parent = nullptr);

    //! Writes the report at a path and returns an error, or "" on success.
    using Writer = std::function<QString(const Export::LineReport& report, const QString& path)>;
    //! Another format than the workbook (a PDF whose charts widgets draw): \a writer runs on this thread.
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    void start() override;
    void cancel() override;
    QString title() const override;
    QString progressText(qint64 done, qint64 total) const override;

    //! The report of what \a loader holds, as of now.
    static Export::LineReport report(
        const LeadDetailLoader& loader, const QString& connection, bool fullAccountNumbers);
    //! Why the report cannot be written from \a loader: a part it needs failed to load ("" otherwise);
    //! \a loading tells whether parts are still on their way.
    static QString missingPart(const LeadDetailLoader& loader, bool* loading);

private:
    void writeWhenLoaded();

    QPointer<const LeadDetailLoader> m_loader;
    QString m_connection;
    bool m_fullAccountNumbers;
    Writer m_writer;
    bool m_writing = false;
    qint64 m_settled = -1; //!< parts loaded or failed, as last reported
};

} // namespace Crego::Models
