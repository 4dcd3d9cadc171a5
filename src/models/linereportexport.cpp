// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereportexport.h"

#include "leaddetailloader.h"
#include "linereportworkbook.h"

namespace Crego::Models {

namespace {

using Part = LeadDetailLoader::Part;

//! The parts a line report is made of (service accounts are not in it).
constexpr Part ReportParts[]
    = { Part::Lead, Part::Programs, Part::Applicants, Part::Banks, Part::Documents, Part::Addresses };

QString partName(Part part)
{
    switch (part) {
    case Part::Lead:
        return LineReportExport::tr("the lead");
    case Part::Programs:
        return LineReportExport::tr("the programs and credit lines");
    case Part::Applicants:
        return LineReportExport::tr("the applicants");
    case Part::Banks:
        return LineReportExport::tr("the bank accounts");
    case Part::Documents:
        return LineReportExport::tr("the documents");
    case Part::Addresses:
        return LineReportExport::tr("the addresses");
    default:
        return QString();
    }
}

} // namespace

LineReportExport::LineReportExport(const LeadDetailLoader* loader, const QString& connection, bool fullAccountNumbers,
    const QString& path, QObject* parent)
    : ExportJob(path, parent)
    , m_loader(loader)
    , m_connection(connection)
    , m_fullAccountNumbers(fullAccountNumbers)
{ }

QString LineReportExport::title() const
{
    return tr("Export Line Report");
}

QString LineReportExport::progressText(qint64 done, qint64 total) const
{
    return tr("%1 of %2 parts loaded").arg(done).arg(total);
}

void LineReportExport::start()
{
    if (m_loader) {
        connect(m_loader, &LeadDetailLoader::partChanged, this, &LineReportExport::writeWhenLoaded);
    }
    writeWhenLoaded();
}

void LineReportExport::cancel()
{
    cancelWriting();
}

QString LineReportExport::missingPart(const LeadDetailLoader& loader, bool* loading)
{
    *loading = false;
    for (const Part part : ReportParts) {
        if (loader.state(part) == LeadDetailLoader::State::Loading) {
            *loading = true;
        } else if (loader.state(part) == LeadDetailLoader::State::Failed) {
            return tr("%1 could not be loaded (%2). Load them again (Refresh) and export once they show.")
                .arg(partName(part), loader.errorMessage(part));
        }
    }
    return QString();
}

void LineReportExport::writeWhenLoaded()
{
    if (m_writing || isDone()) {
        return;
    }
    if (!m_loader) {
        finish(false, tr("Export failed: the lead was closed. No file was written."));
        return;
    }
    bool loading = m_loader->state(Part::Lead) == LeadDetailLoader::State::Loading;
    const QString missing = loading ? QString() : missingPart(*m_loader, &loading); // the lead first
    qint64 settled = 0;
    for (const Part part : ReportParts) {
        settled += m_loader->state(part) != LeadDetailLoader::State::Loading;
    }
    if (settled != m_settled) {
        m_settled = settled;
        Q_EMIT progress(settled, std::size(ReportParts));
    }
    if (!missing.isEmpty()) {
        finish(false, tr("Export failed: %1 No file was written.").arg(missing));
        return;
    }
    if (loading) {
        return; // partChanged() calls again
    }
    m_writing = true;
    const Export::LineReport content = report(*m_loader, m_connection, m_fullAccountNumbers);
    const QString destination = path();
    const QString success = tr("Exported the line report of %1.").arg(content.lead.displayName());
    if (m_writer) {
        const QString error = m_writer(content, destination);
        finish(error.isEmpty(), error.isEmpty() ? success : tr("Export failed: %1").arg(error));
        return;
    }
    writeOnThread(
        [content, destination] {
            QString error;
            return Export::LineReportWorkbook::write(destination, content, &error) ? QString() : error;
        },
        success);
}

Export::LineReport LineReportExport::report(
    const LeadDetailLoader& loader, const QString& connection, bool fullAccountNumbers)
{
    Export::LineReport report;
    report.lead = loader.lead();
    report.programs = loader.programs();
    report.applicants = loader.applicants()->records();
    report.banks = loader.banks()->records();
    report.addresses = loader.addresses()->records();
    report.documents = loader.documents()->records();
    for (const RelatedRecord& record : loader.relatedRecords()) {
        report.recordLabels.insert(record.id, record.label);
    }
    report.connection = connection;
    report.asOf = QDateTime::currentDateTime();
    report.fullAccountNumbers = fullAccountNumbers;
    return report;
}

} // namespace Crego::Models
