// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioworkbook.h"

#include "datetext.h"
#include "leadcolumns.h"
#include "sheet.h"
#include "workbook.h"

namespace Crego::Export {

namespace {

//! \a part of \a whole as a percentage (0 when there is no whole).
double share(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : 100.0 * double(part) / double(whole);
}

} // namespace

bool PortfolioWorkbook::write(const QString& path, const PortfolioReport& report, QString* error)
{
    Workbook workbook(path, tr("Portfolio"), tr("Portfolio summary exported from Crego Desk"));
    if (!workbook.isOpen()) {
        *error = workbook.error();
        return false;
    }
    Sheet& totals = workbook.addSheet(tr("Totals"));
    totals.addHeaderLines(headerLines(report, tr("Portfolio totals")));
    writeTotals(totals, report);
    for (const PortfolioReport::Breakdown& breakdown : report.breakdowns) {
        Sheet& sheet = workbook.addSheet(breakdown.title);
        sheet.addHeaderLines(headerLines(report, breakdown.title));
        writeBreakdown(sheet, report, breakdown);
    }
    Sheet& leads = workbook.addSheet(tr("Leads"));
    QStringList header = headerLines(report,
        report.leadsSelection.isEmpty() ? tr("Leads of the portfolio")
                                        : tr("Leads of the portfolio in %1").arg(report.leadsSelection));
    header.append(tr("Mobile numbers: masked"));
    leads.addHeaderLines(header);
    const LeadColumns columns(LeadColumns::keys(), false);
    leads.setColumns(columns.titles());
    for (const Core::Lead& lead : report.leads) {
        columns.writeRow(leads, lead);
    }
    if (!workbook.commit()) {
        *error = workbook.error();
        return false;
    }
    return true;
}

QStringList PortfolioWorkbook::headerLines(const PortfolioReport& report, const QString& what)
{
    return { what, report.filters.isEmpty() ? tr("Leads: all") : tr("Leads: %1").arg(report.filters),
        tr("Connection: %1").arg(report.connection),
        tr("As of %1").arg(Core::DateText::dateTime(Core::Timestamp::fromDateTime(report.asOf))) };
}

void PortfolioWorkbook::writeTotals(Sheet& sheet, const PortfolioReport& report)
{
    sheet.setColumns({ tr("Figure"), tr("Value") });
    sheet.nextRow();
    sheet.text(0, tr("Leads"));
    sheet.integer(1, report.leadCount);
    sheet.nextRow();
    sheet.text(0, tr("Leads without a credit line"));
    sheet.integer(1, report.leadsWithoutLine);
    const struct
    {
        QString figure;
        Core::Money amount;
    } amounts[] = {
        { tr("Approved (₹)"), report.approved },
        { tr("Outstanding (₹)"), report.outstanding },
        { tr("Available (₹)"), report.available },
    };
    for (const auto& [figure, amount] : amounts) {
        sheet.nextRow();
        sheet.text(0, figure);
        sheet.amount(1, amount);
    }
}

void PortfolioWorkbook::writeBreakdown(
    Sheet& sheet, const PortfolioReport& report, const PortfolioReport::Breakdown& breakdown)
{
    sheet.setColumns({ breakdown.categoryTitle, tr("Leads"), tr("Share of leads"), tr("Approved (₹)"),
        tr("Outstanding (₹)"), tr("Share of outstanding"), tr("Available (₹)") });
    const qint64 leadsWithLine = report.leadCount - report.leadsWithoutLine;
    for (const PortfolioReport::Breakdown::Row& row : breakdown.rows) {
        sheet.nextRow();
        sheet.text(0, row.label);
        sheet.integer(1, row.leads);
        sheet.percent(2, share(row.leads, leadsWithLine));
        sheet.amount(3, row.approved);
        sheet.amount(4, row.outstanding);
        sheet.percent(5, share(row.outstanding.paise(), report.outstanding.paise()));
        sheet.amount(6, row.available);
    }
}

} // namespace Crego::Export
