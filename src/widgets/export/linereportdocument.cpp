// SPDX-License-Identifier: GPL-3.0-or-later
#include "linereportdocument.h"

#include "creditlinepage.h"
#include "modelbarchart.h"
#include "ratestepchart.h"

#include "aadhaarvalidator.h"
#include "assetclass.h"
#include "codetext.h"
#include "datetext.h"
#include "documentrules.h"
#include "linemetrics.h"
#include "loanpricing.h"
#include "moneyformatter.h"
#include "validators.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QChartView>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QUrl>

namespace Crego::Widgets {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

//! An identifier or amount that must not break across lines.
QString whole(const QString& text)
{
    return QStringLiteral("<span style='white-space: nowrap'>%1</span>").arg(text.toHtmlEscaped());
}

QString money(Core::Money amount)
{
    return whole(Core::MoneyFormatter::format(amount));
}

//! A table with a header row; every cell is already HTML; \a widths in percent, so identifiers get the
//! room they need.
QString table(const QStringList& titles, const QList<QStringList>& rows, const QList<int>& widths = {})
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (int column = 0; column < titles.size(); ++column) {
        html += QStringLiteral("<th align='left' bgcolor='#e8eaf0'%1>%2</th>")
                    .arg(column < widths.size() ? QStringLiteral(" width='%1%'").arg(widths.at(column)) : QString(),
                        escaped(titles.at(column)));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

//! A chart's size in the document (points at 100 %).
constexpr int ChartWidth = 720;
constexpr int ChartHeight = 320;

QString chartUrl(const char* kind, int index)
{
    return QStringLiteral("chart://%1/%2").arg(QLatin1String(kind)).arg(index);
}

} // namespace

LineReportDocument::LineReportDocument(const Export::LineReport& report)
    : m_report(report)
    , m_document(std::make_unique<QTextDocument>())
{
    m_document->setDocumentMargin(0);
    QFont font = m_document->defaultFont();
    font.setPointSizeF(8.5);
    m_document->setDefaultFont(font);
    m_document->setDefaultStyleSheet(
        QStringLiteral("td, th { font-size: 7.5pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14px; } "
                       "h3 { font-size: 11pt; margin-top: 8px; } "
                       ".muted { color: #555; } .warn { color: #8a4b00; }"));
    addCharts(report.programs);
    m_document->setHtml(html());
}

void LineReportDocument::addCharts(const QList<Core::LeadProgram>& programs)
{
    // The credit-line tab draws them: the same charts on paper as on screen.
    CreditLinePage page;
    page.resize(1100, 900);
    page.setPrograms(programs);
    for (int index = 0; index < programs.size(); ++index) {
        page.selectProgram(index);
        const struct
        {
            const char* kind;
            QChartView* chart;
            bool shown;
        } charts[] = {
            { "outstanding", page.outstandingChart(), programs.at(index).lineDetail.has_value() },
            { "rates", page.rateChart(), programs.at(index).loanData.has_value() },
        };
        for (const auto& [kind, chart, shown] : charts) {
            if (!shown) {
                continue;
            }
            // Drawn at twice the size it is shown on paper, so its labels stay sharp in print.
            const QSizeF size(ChartWidth, ChartHeight);
            chart->chart()->resize(size);
            QImage image((size * 2).toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            chart->scene()->render(&painter, QRectF(QPointF(), size * 2), chart->chart()->geometry());
            painter.end();
            m_document->addResource(QTextDocument::ImageResource, QUrl(chartUrl(kind, index)), image);
        }
    }
}

QString LineReportDocument::html()
{
    const Core::Lead& lead = m_report.lead;
    QString html
        = QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Line report — %1 (%2)").arg(lead.displayName(), lead.refId)));
    html += QStringLiteral("<p class='muted'>%1<br>%2<br>%3</p>")
                .arg(escaped(tr("Connection: %1").arg(m_report.connection)),
                    escaped(tr("As of %1").arg(Core::DateText::dateTime(Core::Timestamp::fromDateTime(m_report.asOf)))),
                    escaped(tr("Status: %1 · account numbers and Aadhaar: last four digits only")
                                .arg(Core::CodeText::humanize(lead.status))));
    for (const Core::Applicant& applicant : m_report.applicants) {
        if (applicant.isPrimary) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Primary applicant: %1 (%2), PAN %3, mobile %4")
                                         .arg(applicant.name, Core::CodeText::humanize(applicant.entityType),
                                             applicant.pan, Core::Validators::maskMobile(applicant.mobile))));
        }
    }
    for (int index = 0; index < m_report.programs.size(); ++index) {
        html += programHtml(m_report.programs.at(index), index);
    }

    QList<QStringList> rows;
    for (const Core::Applicant& applicant : m_report.applicants) {
        rows.append({ escaped(applicant.name), escaped(Core::CodeText::humanize(applicant.applicantType)),
            escaped(applicant.isPrimary ? tr("Yes") : tr("No")),
            escaped(Core::CodeText::humanize(applicant.entityType)), whole(applicant.pan),
            whole(applicant.mobile.isEmpty() ? QString() : Core::Validators::maskMobile(applicant.mobile)),
            whole(applicant.aadhaarMasked.isEmpty() ? QString()
                                                    : Core::AadhaarValidator::mask(applicant.aadhaarMasked)) });
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Applicants")))
        + table({ tr("Name"), tr("Role"), tr("Primary"), tr("Entity type"), tr("PAN"), tr("Mobile"), tr("Aadhaar") },
            rows, { 20, 9, 8, 14, 13, 18, 18 });
    rows.clear();
    for (const Core::BankAccount& bank : m_report.banks) {
        rows.append({ escaped(bank.accountHolderName), escaped(bank.bankName), whole(bank.ifsc),
            whole(Core::Validators::maskAccountNumber(bank.accountNumber)),
            escaped(Core::CodeText::humanize(bank.accountType)), escaped(Core::CodeText::humanize(bank.verification())),
            escaped(m_report.recordLabels.value(bank.applicant)) });
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Bank accounts")))
        + table({ tr("Account holder"), tr("Bank"), tr("IFSC"), tr("Account number"), tr("Type"), tr("Verification"),
                    tr("Belongs to") },
            rows, { 16, 13, 12, 18, 9, 12, 20 });
    rows.clear();
    for (const Core::Address& address : m_report.addresses) {
        rows.append({ escaped(Core::CodeText::humanize(address.addressType)), escaped(address.singleLine()),
            escaped(m_report.recordLabels.value(address.applicant)) });
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Addresses")))
        + table({ tr("Type"), tr("Address"), tr("Belongs to") }, rows);
    rows.clear();
    for (const Core::Document& document : m_report.documents) {
        rows.append({ escaped(document.name), escaped(Core::DocumentRules::documentTypeName(document.documentType)),
            escaped(m_report.recordLabels.value(document.relatedModelId)),
            escaped(Core::DocumentRules::sizeText(document.size)), escaped(Core::DateText::date(document.createdAt)) });
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Documents")))
        + table({ tr("Name"), tr("Type"), tr("Belongs to"), tr("Size"), tr("Uploaded") }, rows);
    return html;
}

QString LineReportDocument::programHtml(const Core::LeadProgram& program, int index)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(tr("%1 — %2%3")
                                        .arg(program.displayName(), Core::CodeText::humanize(program.status),
                                            program.isPrimary ? tr(" (primary)") : QString())));
    if (program.lineDetail) {
        const Core::LineDetail& line = *program.lineDetail;
        const Core::LineMetrics metrics = Core::LineMetrics::compute(line, m_report.asOf.toUTC());
        html += table({ tr("Approved"), tr("Operative"), tr("Available"), tr("Used (principal outstanding)"),
                          tr("Blocked (pending disbursal)") },
            { { money(metrics.approved()), money(metrics.operative()), money(metrics.available()),
                money(metrics.used()), money(metrics.blocked()) } });
        const Core::DpdBucket bucket = metrics.bucket();
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(
                        tr("Utilization %1% · DPD %2 (peak %3) · bucket %4 (%5) · NPA class %6 (%7) · expiry %8")
                            .arg(QString::number(metrics.utilizationPercent(), 'f', 2),
                                Core::LoanPricing::daysText(line.dpd), Core::LoanPricing::daysText(line.peakDpd),
                                bucket.code(), bucket.rangeText(),
                                line.npaCategory.isEmpty() ? tr("none") : line.npaCategory,
                                Core::AssetClass::label(Core::AssetClass::fromCode(line.npaCategory)),
                                metrics.expiryText())));
        const QStringList warnings = metrics.warnings();
        if (!warnings.isEmpty()) {
            html += QStringLiteral("<p class='warn'>%1</p>").arg(escaped(tr("Check: %1").arg(warnings.join(u' '))));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Outstanding against paid")));
        QList<QStringList> rows;
        for (const Export::LineComponent& row : Export::LineComponent::of(line)) {
            rows.append({ escaped(row.name), money(row.outstanding), money(row.paid), money(row.due) });
        }
        html += table({ tr("Component"), tr("Outstanding"), tr("Paid"), tr("Due now") }, rows);
        html += QStringLiteral("<p><img src='%1' width='%2' height='%3'></p>")
                    .arg(chartUrl("outstanding", index))
                    .arg(ChartWidth * 3 / 4)
                    .arg(ChartHeight * 3 / 4);
    }
    if (program.loanData) {
        const Core::LoanPricing pricing(*program.loanData);
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Pricing")));
        QList<QStringList> rows;
        for (const Core::LoanPricing::Rate rate :
            { Core::LoanPricing::Roi, Core::LoanPricing::OverdueRoi, Core::LoanPricing::PenalRoi }) {
            for (const Core::RoiSlabRow& slab : pricing.slabs(rate)) {
                rows.append({ escaped(Core::LoanPricing::rateName(rate)), escaped(pricing.basis(rate)),
                    escaped(pricing.slabText(slab)) });
            }
        }
        html += table({ tr("Rate"), tr("Basis"), tr("Slab") }, rows);
        html += QStringLiteral("<p><img src='%1' width='%2' height='%3'></p>")
                    .arg(chartUrl("rates", index))
                    .arg(ChartWidth * 3 / 4)
                    .arg(ChartHeight * 3 / 4);
        rows.clear();
        for (const auto& [label, value] : pricing.parameters()) {
            rows.append({ escaped(label), escaped(value) });
        }
        html += table({ tr("Loan parameter"), tr("Value") }, rows);
    }
    return html;
}

void LineReportDocument::print(QPagedPaintDevice* device)
{
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Laid out with the device's own font metrics, page by page: laid out for the screen, text measured
    // there breaks words (IFSC codes, account numbers) in the narrower printed cells.
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setPageSize(device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    m_document->print(device);
}

bool LineReportDocument::writePdf(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Line report — %1").arg(m_report.lead.displayName()));
        writer.setCreator(QStringLiteral("Crego Desk"));
        print(&writer);
    }
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Crego::Widgets
