// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadrecordmodels.h"

#include "riskpalette.h"

#include "assetclass.h"
#include "codetext.h"
#include "datetext.h"
#include "documentrules.h"
#include "linemetrics.h"
#include "linesummary.h"
#include "moneyformatter.h"
#include "validators.h"

#include <QBrush>
#include <QLocale>

#include <limits>

namespace Crego::Models {

namespace {

constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;

Core::LineDetail lineOf(const Core::LeadProgram& program)
{
    return program.lineDetail.value_or(Core::LineDetail());
}

Core::LineMetrics metricsOf(const Core::LeadProgram& program)
{
    return Core::LineMetrics::compute(lineOf(program), QDateTime::currentDateTimeUtc());
}

//! A money column of the programs table: full Indian figure shown, paise as the raw value.
RecordTableModel<Core::LeadProgram>::Column moneyColumn(
    const QString& title, Core::Money (*amount)(const Core::LeadProgram&))
{
    return { title,
        [amount](const Core::LeadProgram& p) {
            return p.lineDetail ? Core::MoneyFormatter::format(amount(p)) : QStringLiteral("—");
        },
        [amount](const Core::LeadProgram& p) { return p.lineDetail ? QVariant(amount(p).paise()) : QVariant(); }, Right,
        {} };
}

QVariant bucketBrush(const Core::LeadProgram& program)
{
    if (!program.lineDetail) {
        return QVariant();
    }
    const QColor tint = RiskPalette::bucketTint(Core::DpdBucket::fromDays(lineOf(program).dpd).value());
    return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
}

} // namespace

RecordTableModel<Core::Applicant>* LeadRecordModels::applicants(QObject* parent)
{
    using A = Core::Applicant;
    return new RecordTableModel<A>(
        {
            { tr("Name"), [](const A& a) { return a.isPrimary ? tr("★ %1 (primary)").arg(a.name) : a.name; }, {}, {},
                {} },
            { tr("Role"), [](const A& a) { return a.applicantType; }, {}, {}, {} },
            { tr("Type"), [](const A& a) { return Core::CodeText::humanize(a.entityType); }, {}, {}, {} },
            { tr("PAN"), [](const A& a) { return a.pan; }, {}, {}, {} },
            { tr("Mobile"),
                [](const A& a) { return a.mobile.isEmpty() ? QString() : Core::Validators::maskMobile(a.mobile); },
                [](const A& a) { return a.mobile; }, {}, {} },
            { tr("Email"), [](const A& a) { return a.email; }, {}, {}, {} },
            { tr("GSTIN"), [](const A& a) { return a.gstin; }, {}, {}, {} },
            { tr("Aadhaar"), [](const A& a) { return a.aadhaarMasked; }, {}, {}, {} },
        },
        parent);
}

RecordTableModel<Core::BankAccount>* LeadRecordModels::banks(
    QObject* parent, std::function<QString(const QString& applicantId)> applicantName)
{
    using B = Core::BankAccount;
    return new RecordTableModel<B>(
        {
            { tr("Applicant"),
                [applicantName](const B& b) { return applicantName ? applicantName(b.applicant) : b.applicant; }, {},
                {}, {} },
            { tr("Bank"), [](const B& b) { return b.bankName; }, {}, {}, {} },
            { tr("Account number"), [](const B& b) { return Core::Validators::maskAccountNumber(b.accountNumber); },
                [](const B& b) { return b.accountNumber.right(4); }, {}, {} },
            { tr("IFSC"), [](const B& b) { return b.ifsc; }, {}, {}, {} },
            { tr("Type"), [](const B& b) { return Core::CodeText::humanize(b.accountType); }, {}, {}, {} },
            { tr("Holder"), [](const B& b) { return b.accountHolderName; }, {}, {}, {} },
            { tr("Verification"), [](const B& b) { return Core::CodeText::humanize(b.verification()); }, {}, {}, {} },
            { tr("Name at bank"), [](const B& b) { return b.nameAtBank; }, {}, {}, {} },
            { tr("Match"),
                [](const B& b) {
                    if (const std::optional<int> percent = b.nameMatchPercent()) {
                        return tr("%1%").arg(*percent);
                    }
                    return b.nameMatched() ? (*b.nameMatched() ? tr("Matches") : tr("Does not match")) : QString();
                },
                [](const B& b) { return b.nameMatchPercent().value_or(b.nameMatched().value_or(false) ? 100 : 0); },
                Right, {} },
            { tr("Verified"), [](const B& b) { return Core::DateText::dateTime(b.verifiedAt); },
                [](const B& b) { return b.verifiedAt.toUtc(); }, {}, {} },
        },
        parent);
}

RecordTableModel<Core::Document>* LeadRecordModels::documents(QObject* parent,
    std::function<QString(const QString& relatedId)> relatedName,
    std::function<QVariant(const Core::Document&)> thumbnail)
{
    using D = Core::Document;
    return new RecordTableModel<D>(
        {
            { tr("Thumbnail"), [](const D&) { return QString(); }, {}, {}, {}, thumbnail },
            { tr("Type"), [](const D& d) { return Core::DocumentRules::documentTypeName(d.documentType); }, {}, {},
                {} },
            { tr("Name"), [](const D& d) { return d.name; }, {}, {}, {} },
            { tr("Size"), [](const D& d) { return Core::DocumentRules::sizeText(d.size); },
                [](const D& d) { return d.size; }, Right, {} },
            { tr("Belongs to"),
                [relatedName](const D& d) {
                    const QString name = relatedName ? relatedName(d.relatedModelId) : QString();
                    return name.isEmpty() ? Core::CodeText::humanize(d.relatedModel) : name;
                },
                // The raw value is the record's id: documents of one record filter and sort together.
                [](const D& d) { return d.relatedModelId; }, {}, {} },
            { tr("Uploaded"), [](const D& d) { return Core::DateText::dateTime(d.createdAt); },
                [](const D& d) { return d.createdAt.toUtc(); }, {}, {} },
            { tr("Notes"), [](const D& d) { return d.notes; }, {}, {}, {} },
        },
        parent);
}

RecordTableModel<Core::Address>* LeadRecordModels::addresses(
    QObject* parent, std::function<QString(const QString& applicantId)> applicantName)
{
    using R = Core::Address;
    return new RecordTableModel<R>(
        {
            { tr("Applicant"),
                [applicantName](const R& r) { return applicantName ? applicantName(r.applicant) : r.applicant; }, {},
                {}, {} },
            { tr("Type"), [](const R& r) { return Core::CodeText::humanize(r.addressType); }, {}, {}, {} },
            { tr("Address"), [](const R& r) { return r.singleLine(); }, {}, {}, {} },
            { tr("Pincode"), [](const R& r) { return r.pincode; }, {}, {}, {} },
            { tr("Post office"), [](const R& r) { return r.postOffice; }, {}, {}, {} },
        },
        parent);
}

RecordTableModel<Core::LeadProgram>* LeadRecordModels::programs(QObject* parent)
{
    using P = Core::LeadProgram;
    return new RecordTableModel<P>(
        {
            { tr("Program"), [](const P& p) { return p.displayName(); }, {}, {}, {} },
            { tr("Product"), [](const P& p) { return p.program ? p.program->productName : p.productType.toUpper(); },
                {}, {}, {} },
            { tr("Status"), [](const P& p) { return Core::CodeText::humanize(p.status); }, {}, {}, {} },
            { tr("Primary"), [](const P& p) { return p.isPrimary ? tr("Primary") : QString(); },
                [](const P& p) { return p.isPrimary; }, {}, {} },
            moneyColumn(tr("Approved"), [](const P& p) { return lineOf(p).approvedLineAmount; }),
            moneyColumn(tr("Operative"), [](const P& p) { return lineOf(p).operativeLineAmount; }),
            moneyColumn(tr("Available"), [](const P& p) { return lineOf(p).activeLineAmount; }),
            { tr("Utilization"),
                [](const P& p) {
                    return p.lineDetail ? tr("%1%").arg(QLocale().toString(metricsOf(p).utilizationPercent(), 'f', 1))
                                        : QStringLiteral("—");
                },
                [](const P& p) { return p.lineDetail ? QVariant(metricsOf(p).utilizationPercent()) : QVariant(); },
                Right, {} },
            moneyColumn(tr("Outstanding"), [](const P& p) { return lineOf(p).totalOutstanding; }),
            { tr("DPD"),
                [](const P& p) {
                    return p.lineDetail
                        ? tr("%1 (%2)").arg(lineOf(p).dpd).arg(Core::DpdBucket::fromDays(lineOf(p).dpd).code())
                        : tr("No line yet");
                },
                [](const P& p) { return p.lineDetail ? QVariant(lineOf(p).dpd) : QVariant(); }, Right, bucketBrush },
            { tr("Peak DPD"),
                [](const P& p) { return p.lineDetail ? QString::number(lineOf(p).peakDpd) : QStringLiteral("—"); },
                [](const P& p) { return p.lineDetail ? QVariant(lineOf(p).peakDpd) : QVariant(); }, Right, {} },
            { tr("NPA class"), [](const P& p) { return p.lineDetail ? lineOf(p).npaCategory : QStringLiteral("—"); },
                {}, {}, bucketBrush },
            { tr("Expiry"), [](const P& p) { return p.lineDetail ? metricsOf(p).expiryText() : QString(); },
                [](const P& p) { return metricsOf(p).daysToExpiry().value_or(std::numeric_limits<int>::max()); }, {},
                {} },
            { tr("Hold"), [](const P& p) { return lineOf(p).isHold ? tr("On hold") : QString(); },
                [](const P& p) { return lineOf(p).isHold; }, {}, {} },
        },
        parent);
}

TotalRowModel* LeadRecordModels::programsWithTotal(RecordTableModel<Core::LeadProgram>* programs, QObject* parent)
{
    const auto total = [programs](int column, int role) -> QVariant {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole) {
            return QVariant();
        }
        const QList<Core::LeadProgram>& records = programs->records();
        const std::optional<Core::LineSummary> sum = Core::LineSummary::fromPrograms(records);
        if (!sum) {
            return QVariant();
        }
        const auto amount = [role](Core::Money money) {
            return role == RawValueRole ? QVariant(money.paise()) : QVariant(Core::MoneyFormatter::format(money));
        };
        switch (column) {
        case ProgramName:
            return tr("Total of %n lines", "", sum->lineCount);
        case ProgramApproved:
            return amount(sum->approvedLineAmount);
        case ProgramOperative:
            return amount(sum->operativeLineAmount);
        case ProgramAvailable:
            return amount(sum->availableLineAmount);
        case ProgramOutstanding:
            return amount(sum->totalOutstanding);
        case ProgramUtilization: {
            Core::Money drawn;
            Core::Money operative;
            for (const Core::LeadProgram& program : records) {
                if (program.lineDetail) {
                    const Core::LineMetrics metrics = metricsOf(program);
                    drawn += metrics.used() + metrics.blocked();
                    operative += metrics.operative();
                }
            }
            if (operative.paise() <= 0) {
                return QStringLiteral("—");
            }
            const double percent = double(drawn.paise()) * 100.0 / double(operative.paise());
            return role == RawValueRole ? QVariant(percent)
                                        : QVariant(tr("%1%").arg(QLocale().toString(percent, 'f', 1)));
        }
        case ProgramDpd:
            return role == RawValueRole
                ? QVariant(sum->dpd)
                : QVariant(tr("%1 (%2) worst").arg(sum->dpd).arg(Core::DpdBucket::fromDays(sum->dpd).code()));
        case ProgramPeakDpd: {
            int peak = 0;
            for (const Core::LeadProgram& program : records) {
                peak = std::max(peak, lineOf(program).peakDpd);
            }
            return role == RawValueRole ? QVariant(peak) : QVariant(QString::number(peak));
        }
        case ProgramNpaClass:
            return sum->npaCategory;
        default:
            return QVariant();
        }
    };
    return new TotalRowModel(programs, total, parent);
}

} // namespace Crego::Models
