// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereportworkbook.h"

#include "aadhaarvalidator.h"
#include "assetclass.h"
#include "codetext.h"
#include "datetext.h"
#include "documentrules.h"
#include "linemetrics.h"
#include "loanpricing.h"
#include "sheet.h"
#include "validators.h"
#include "workbook.h"

namespace Crego::Export {

namespace {

QString yesNo(bool value)
{
    return value ? LineReportWorkbook::tr("Yes") : LineReportWorkbook::tr("No");
}

} // namespace

QStringList LineReportWorkbook::sheetNames()
{
    return { tr("Summary"), tr("Programs"), tr("Outstanding"), tr("Dues"), tr("Pricing"), tr("Applicants"),
        tr("Bank accounts"), tr("Addresses"), tr("Documents") };
}

bool LineReportWorkbook::write(const QString& path, const LineReport& report, QString* error)
{
    const QString borrower = report.lead.displayName();
    Workbook workbook(path, tr("Line report — %1").arg(borrower),
        tr("Credit line report of %1 (%2) exported from Crego Desk").arg(borrower, report.lead.refId));
    if (!workbook.isOpen()) {
        *error = workbook.error();
        return false;
    }
    const LineReportWorkbook writer(report);
    using Part = void (LineReportWorkbook::*)(Sheet&) const;
    const Part parts[] = { &LineReportWorkbook::writeSummary, &LineReportWorkbook::writePrograms,
        &LineReportWorkbook::writeOutstanding, &LineReportWorkbook::writeDues, &LineReportWorkbook::writePricing,
        &LineReportWorkbook::writeApplicants, &LineReportWorkbook::writeBanks, &LineReportWorkbook::writeAddresses,
        &LineReportWorkbook::writeDocuments };
    const QStringList names = sheetNames();
    for (int part = 0; part < names.size(); ++part) {
        Sheet& sheet = workbook.addSheet(names.at(part));
        sheet.addHeaderLines(writer.headerLines(names.at(part)));
        (writer.*parts[part])(sheet);
    }
    if (!workbook.commit()) {
        *error = workbook.error();
        return false;
    }
    return true;
}

LineReportWorkbook::LineReportWorkbook(const LineReport& report)
    : m_report(report)
{ }

QStringList LineReportWorkbook::headerLines(const QString& what) const
{
    const Core::Lead& lead = m_report.lead;
    return { tr("%1 — %2 (%3)").arg(what, lead.displayName(), lead.refId),
        tr("Connection: %1").arg(m_report.connection),
        tr("As of %1").arg(Core::DateText::dateTime(Core::Timestamp::fromDateTime(m_report.asOf))),
        m_report.fullAccountNumbers ? tr("Account numbers: in full — the user chose to include them and confirmed")
                                    : tr("Account numbers: masked (last four digits); Aadhaar: last four digits") };
}

QString LineReportWorkbook::belongsTo(const QString& recordId) const
{
    return m_report.recordLabels.value(recordId, recordId);
}

void LineReportWorkbook::writeSummary(Sheet& sheet) const
{
    const Core::Lead& lead = m_report.lead;
    QStringList about { tr("Status: %1").arg(Core::CodeText::humanize(lead.status)) };
    const auto primary = std::find_if(m_report.applicants.begin(), m_report.applicants.end(),
        [](const Core::Applicant& applicant) { return applicant.isPrimary; });
    if (primary != m_report.applicants.end()) {
        about.append(tr("Primary applicant: %1 (%2), PAN %3, mobile %4")
                         .arg(primary->name, Core::CodeText::humanize(primary->entityType), primary->pan,
                             Core::Validators::maskMobile(primary->mobile)));
    }
    about.append(m_report.programs.size() == 1 ? tr("1 program") : tr("%1 programs").arg(m_report.programs.size()));
    sheet.addHeaderLines(about);
    sheet.setColumns({ tr("Program"), tr("Primary"), tr("Approved (₹)"), tr("Operative (₹)"), tr("Available (₹)"),
        tr("Used — principal outstanding (₹)"), tr("Blocked — pending disbursal (₹)"), tr("Utilization"),
        tr("Total outstanding (₹)"), tr("DPD (days)"), tr("Peak DPD (days)"), tr("DPD bucket"), tr("NPA class"),
        tr("On hold"), tr("Expiry"), tr("Line expires"), tr("Warnings"), tr("Figures as of") });
    const QDateTime now = m_report.asOf.toUTC();
    for (const Core::LeadProgram& program : m_report.programs) {
        if (!program.lineDetail) {
            continue;
        }
        const Core::LineDetail& line = *program.lineDetail;
        const Core::LineMetrics metrics = Core::LineMetrics::compute(line, now);
        const QStringList warnings = metrics.warnings();
        sheet.nextRow();
        int column = 0;
        sheet.text(column++, program.displayName());
        sheet.text(column++, yesNo(program.isPrimary));
        for (Core::Money amount :
            { metrics.approved(), metrics.operative(), metrics.available(), metrics.used(), metrics.blocked() }) {
            sheet.amount(column++, amount);
        }
        sheet.percent(column++, metrics.utilizationPercent());
        sheet.amount(column++, line.totalOutstanding);
        sheet.integer(column++, line.dpd);
        sheet.integer(column++, line.peakDpd);
        sheet.text(column++, metrics.bucket().code());
        sheet.text(column++,
            tr("%1 (%2)").arg(line.npaCategory.isEmpty() ? tr("none") : line.npaCategory,
                Core::AssetClass::label(Core::AssetClass::fromCode(line.npaCategory))));
        sheet.text(column++, yesNo(line.isHold));
        sheet.date(column++, line.lineExpiryDate);
        sheet.text(column++, metrics.expiryText());
        sheet.text(column++, warnings.join(QStringLiteral(" ")));
        sheet.dateTime(column++, line.updatedAt);
    }
}

void LineReportWorkbook::writePrograms(Sheet& sheet) const
{
    sheet.setColumns({ tr("Program"), tr("Program ID"), tr("Product type"), tr("Status"), tr("Primary"), tr("Tags"),
        tr("Line activated"), tr("Line expires"), tr("Created"), tr("Updated") });
    for (const Core::LeadProgram& program : m_report.programs) {
        sheet.nextRow();
        sheet.text(0, program.displayName());
        sheet.identifier(1, program.programId);
        sheet.text(2, program.productType.toUpper());
        sheet.text(3, Core::CodeText::humanize(program.status));
        sheet.text(4, yesNo(program.isPrimary));
        sheet.text(5, program.tags.join(QStringLiteral(", ")));
        if (program.lineDetail) {
            sheet.date(6, program.lineDetail->lineActivationDate);
            sheet.date(7, program.lineDetail->lineExpiryDate);
        }
        sheet.dateTime(8, program.createdAt);
        sheet.dateTime(9, program.updatedAt);
    }
}

void LineReportWorkbook::writeOutstanding(Sheet& sheet) const
{
    sheet.setColumns({ tr("Program"), tr("Component"), tr("Outstanding (₹)"), tr("Paid (₹)"), tr("Due now (₹)") });
    for (const Core::LeadProgram& program : m_report.programs) {
        if (!program.lineDetail) {
            continue;
        }
        const Core::LineDetail& line = *program.lineDetail;
        for (const LineComponent& row : LineComponent::of(line)) {
            sheet.nextRow();
            sheet.text(0, program.displayName());
            sheet.text(1, row.name);
            sheet.amount(2, row.outstanding);
            sheet.amount(3, row.paid);
            sheet.amount(4, row.due);
        }
    }
}

void LineReportWorkbook::writeDues(Sheet& sheet) const
{
    sheet.setColumns({ tr("Program"), tr("Due amount (₹)"), tr("Loans due"), tr("Principal due (₹)"),
        tr("Interest due (₹)"), tr("Overdue interest due (₹)"), tr("Penal interest due (₹)"), tr("Excess payment (₹)"),
        tr("Disbursed (₹)"), tr("Pending disbursal (₹)"), tr("Top-ups"), tr("Subvention (₹)"),
        tr("Subvention acknowledged (₹)"), tr("Cashback available (₹)"), tr("Cashback released (₹)"),
        tr("Cashback adjusted (₹)"), tr("Holdback (₹)") });
    for (const Core::LeadProgram& program : m_report.programs) {
        if (!program.lineDetail) {
            continue;
        }
        const Core::LineDetail& line = *program.lineDetail;
        sheet.nextRow();
        sheet.text(0, program.displayName());
        sheet.amount(1, line.dueAmount);
        sheet.integer(2, line.dueLoanCount);
        int column = 3;
        for (Core::Money amount : { line.totalDuePrincipal, line.totalDueInterest, line.totalDueOverdue,
                 line.totalDuePenal, line.excessPayment, line.totalDisbursedAmount, line.pendingDisbursalAmount }) {
            sheet.amount(column++, amount);
        }
        sheet.integer(column++, line.totalTopupCount);
        for (Core::Money amount : { line.totalSubventionAmount, line.subventionAck, line.totalCashbackAvailable,
                 line.totalCashbackReleased, line.totalCashbackAdjusted, line.totalHoldbackAmount }) {
            sheet.amount(column++, amount);
        }
    }
}

void LineReportWorkbook::writePricing(Sheet& sheet) const
{
    sheet.setColumns({ tr("Program"), tr("Rate or parameter"), tr("In words"), tr("From day"), tr("To day"), tr("Rate"),
        tr("Per") });
    for (const Core::LeadProgram& program : m_report.programs) {
        if (!program.loanData) {
            continue;
        }
        const Core::LoanPricing pricing(*program.loanData);
        for (const Core::LoanPricing::Rate rate :
            { Core::LoanPricing::Roi, Core::LoanPricing::OverdueRoi, Core::LoanPricing::PenalRoi }) {
            for (const Core::RoiSlabRow& slab : pricing.slabs(rate)) {
                sheet.nextRow();
                sheet.text(0, program.displayName());
                sheet.text(1, Core::LoanPricing::rateName(rate));
                sheet.text(2, tr("%1: %2").arg(pricing.basis(rate), pricing.slabText(slab)));
                sheet.integer(3, slab.fromDay);
                if (slab.toDay) {
                    sheet.integer(4, *slab.toDay);
                } else {
                    sheet.text(4, tr("no upper bound"));
                }
                sheet.percent(5, slab.ratePercent);
                sheet.text(6, pricing.periodUnit());
            }
        }
        for (const auto& [label, value] : pricing.parameters()) {
            sheet.nextRow();
            sheet.text(0, program.displayName());
            sheet.text(1, label);
            sheet.text(2, value);
        }
    }
}

void LineReportWorkbook::writeApplicants(Sheet& sheet) const
{
    sheet.setColumns({ tr("Name"), tr("Role"), tr("Primary"), tr("Entity type"), tr("PAN"), tr("GSTIN"), tr("Mobile"),
        tr("Email"), tr("Aadhaar"), tr("Date of birth"), tr("Relation to primary"), tr("Added") });
    for (const Core::Applicant& applicant : m_report.applicants) {
        sheet.nextRow();
        sheet.text(0, applicant.name);
        sheet.text(1, Core::CodeText::humanize(applicant.applicantType));
        sheet.text(2, yesNo(applicant.isPrimary));
        sheet.text(3, Core::CodeText::humanize(applicant.entityType));
        sheet.identifier(4, applicant.pan);
        sheet.identifier(5, applicant.gstin);
        sheet.identifier(6, applicant.mobile.isEmpty() ? QString() : Core::Validators::maskMobile(applicant.mobile));
        sheet.text(7, applicant.email);
        // Last four only, whatever the server sent.
        sheet.identifier(
            8, applicant.aadhaarMasked.isEmpty() ? QString() : Core::AadhaarValidator::mask(applicant.aadhaarMasked));
        sheet.day(9, applicant.dob);
        sheet.text(10, Core::CodeText::humanize(applicant.relationWithPrimaryApplicant));
        sheet.date(11, applicant.createdAt);
    }
}

void LineReportWorkbook::writeBanks(Sheet& sheet) const
{
    sheet.setColumns({ tr("Account holder"), tr("Bank"), tr("Branch"), tr("IFSC"), tr("Account number"),
        tr("Account type"), tr("Primary"), tr("Verification"), tr("Name at bank"), tr("Name match"), tr("Belongs to"),
        tr("Verified") });
    for (const Core::BankAccount& bank : m_report.banks) {
        sheet.nextRow();
        sheet.text(0, bank.accountHolderName);
        sheet.text(1, bank.bankName);
        sheet.text(2, bank.branch);
        sheet.identifier(3, bank.ifsc);
        sheet.identifier(4,
            m_report.fullAccountNumbers ? bank.accountNumber : Core::Validators::maskAccountNumber(bank.accountNumber));
        sheet.text(5, Core::CodeText::humanize(bank.accountType));
        sheet.text(6, yesNo(bank.isPrimary));
        sheet.text(7, Core::CodeText::humanize(bank.verification()));
        sheet.text(8, bank.nameAtBank);
        if (const std::optional<int> percent = bank.nameMatchPercent()) {
            sheet.percent(9, *percent);
        } else if (const std::optional<bool> matched = bank.nameMatched()) {
            sheet.text(9, *matched ? tr("Matched") : tr("Not matched"));
        }
        sheet.text(10, belongsTo(bank.applicant));
        sheet.dateTime(11, bank.verifiedAt);
    }
}

void LineReportWorkbook::writeAddresses(Sheet& sheet) const
{
    sheet.setColumns({ tr("Type"), tr("Address"), tr("Landmark"), tr("Post office"), tr("City"), tr("District"),
        tr("State"), tr("Pincode"), tr("Country"), tr("Belongs to") });
    for (const Core::Address& address : m_report.addresses) {
        sheet.nextRow();
        sheet.text(0, Core::CodeText::humanize(address.addressType));
        QStringList lines { address.addressLine, address.addressLine2 };
        lines.removeAll(QString());
        sheet.text(1, lines.join(QStringLiteral(", ")));
        sheet.text(2, address.landmark);
        sheet.text(3, address.postOffice);
        sheet.text(4, address.city);
        sheet.text(5, address.district);
        sheet.text(6, address.state);
        sheet.identifier(7, address.pincode);
        sheet.text(8, address.country);
        sheet.text(9, belongsTo(address.applicant));
    }
}

void LineReportWorkbook::writeDocuments(Sheet& sheet) const
{
    sheet.setColumns({ tr("Name"), tr("Type"), tr("Belongs to"), tr("Size (bytes)"), tr("Content type"), tr("Uploaded"),
        tr("Notes") });
    for (const Core::Document& document : m_report.documents) {
        sheet.nextRow();
        sheet.text(0, document.name);
        sheet.text(1, Core::DocumentRules::documentTypeName(document.documentType));
        sheet.text(2, belongsTo(document.relatedModelId));
        sheet.integer(3, document.size);
        sheet.text(4, document.contentType);
        sheet.dateTime(5, document.createdAt);
        sheet.text(6, document.notes);
    }
}

} // namespace Crego::Export
