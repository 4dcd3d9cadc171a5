// SPDX-License-Identifier: GPL-3.0-or-later
// export_bench: the lead-list workbook of N leads × 20 columns from records already in memory, against raw
// libxlsxwriter (constant memory) writing the same cells with the same formats, in the same run.
// Limits: ≤ 1.2× raw libxlsxwriter's time; ≤ +10 MB resident over the records. Warm figures repeat the
// pair inside the process (fresh memory is slow to fault in on these machines).
#include "allocatortuning.h"
#include "benchsandbox.h"
#include "indiannumberformat.h"
#include "leadlistworkbook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Crego;

namespace {

const QStringList Columns { QStringLiteral("name"), QStringLiteral("ref_id"), QStringLiteral("mobile"),
    QStringLiteral("program"), QStringLiteral("status"), QStringLiteral("approved_line"),
    QStringLiteral("operative_line"), QStringLiteral("available_line"), QStringLiteral("outstanding"),
    QStringLiteral("dpd"), QStringLiteral("dpd_bucket"), QStringLiteral("npa_class"), QStringLiteral("created"),
    QStringLiteral("name"), QStringLiteral("ref_id"), QStringLiteral("program"), QStringLiteral("approved_line"),
    QStringLiteral("outstanding"), QStringLiteral("dpd"), QStringLiteral("created") }; // 20

QList<Core::Lead> makeLeads(int count)
{
    QList<Core::Lead> leads;
    leads.reserve(count);
    for (int i = 0; i < count; ++i) {
        Core::Lead lead;
        lead.id = QStringLiteral("lead-%1").arg(i);
        lead.name = QStringLiteral("Borrower Traders %1").arg(i);
        lead.refId = QStringLiteral("LD%1").arg(i, 6, 36, QLatin1Char('0')).toUpper();
        lead.primaryMobile = QStringLiteral("98%1").arg(i % 100000000, 8, 10, QLatin1Char('0'));
        lead.status = QStringLiteral("disbursed");
        lead.createdAt = Core::Timestamp::fromMSecsSinceEpoch(1700000000000LL + qint64(i) * 60000);
        Core::LineSummary line;
        line.programName = QStringLiteral("Hero MotoCorp Dealer Finance");
        line.approvedLineAmount = Core::Money::fromRupees(2500000 + i);
        line.operativeLineAmount = Core::Money::fromRupees(2000000);
        line.availableLineAmount = Core::Money::fromPaise(12345678 + i);
        line.totalOutstanding = Core::Money::fromPaise(170000000 + qint64(i) * 37);
        line.dpd = i % 120;
        line.npaCategory = QStringLiteral("STD");
        lead.lineSummary = line;
        leads.append(lead);
    }
    return leads;
}

//! The same cells straight through libxlsxwriter: strings, numbers with the per-magnitude formats, dates.
void writeRaw(const QString& path, const QList<Core::Lead>& leads)
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Leads");
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd mmm yyyy");
    lxw_format* integer = workbook_add_format(workbook);
    format_set_num_format(integer, "0");
    lxw_format* amounts[32] = {};
    const auto amount = [&](lxw_row_t row, lxw_col_t column, Core::Money money) {
        const double rupees = double(money.paise()) / 100.0;
        const int decimals = money.paise() % 100 ? 2 : 0;
        const int digits = Export::IndianNumberFormat::digits(rupees, decimals);
        lxw_format*& format = amounts[(decimals ? 16 : 0) + digits];
        if (!format) {
            format = workbook_add_format(workbook);
            format_set_num_format(
                format, Export::IndianNumberFormat::forDigits(digits, decimals).toLatin1().constData());
        }
        worksheet_write_number(sheet, row, column, rupees, format);
    };
    const auto string = [&](lxw_row_t row, lxw_col_t column, const QString& value) {
        worksheet_write_string(sheet, row, column, value.toUtf8().constData(), text);
    };
    lxw_row_t row = 0;
    for (const Core::Lead& lead : leads) {
        ++row;
        const Core::LineSummary& line = *lead.lineSummary;
        const QDate created = lead.createdAt.toUtc().toLocalTime().date();
        lxw_datetime day { created.year(), created.month(), created.day(), 0, 0, 0 };
        lxw_col_t column = 0;
        for (int pass = 0; pass < 2; ++pass) {
            string(row, column++, lead.displayName());
            string(row, column++, lead.refId);
            if (pass == 0) {
                string(row, column++, lead.primaryMobile);
            }
            string(row, column++, line.programName);
            if (pass == 0) {
                string(row, column++, lead.status);
            }
            amount(row, column++, line.approvedLineAmount);
            if (pass == 0) {
                amount(row, column++, line.operativeLineAmount);
                amount(row, column++, line.availableLineAmount);
            }
            amount(row, column++, line.totalOutstanding);
            worksheet_write_number(sheet, row, column++, line.dpd, integer);
            if (pass == 0) {
                string(row, column++, QStringLiteral("SMA-0"));
                string(row, column++, line.npaCategory);
            }
            worksheet_write_datetime(sheet, row, column++, &day, date);
        }
    }
    workbook_close(workbook);
}

} // namespace

int main(int argc, char* argv[])
{
    Crego::Core::AllocatorTuning::apply(); // as crego-desk does at start
    QCoreApplication application(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir directory;
    const QList<Core::Lead> leads = makeLeads(count);
    printf("%d leads × %lld columns, %d runs (run 1 is cold)\n", count, qlonglong(Columns.size()), repeats);
    QList<QList<Core::Lead>> pages; // as they arrive from the server, 200 a page
    for (qsizetype from = 0; from < leads.size(); from += 200) {
        pages.append(leads.mid(from, 200));
    }
    const qint64 recordsResident = Bench::residentBytes(); // the records, and the pages they arrived in
    for (int run = 1; run <= repeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        writeRaw(directory.filePath(QStringLiteral("raw.xlsx")), leads);
        const qint64 rawMs = timer.elapsed();

        timer.restart();
        qint64 peak = Bench::residentBytes();
        {
            Export::LeadListWorkbook workbook(directory.filePath(QStringLiteral("ours.xlsx")), Columns,
                { QString(), QStringLiteral("bench"), QDateTime::currentDateTime(), true });
            for (qsizetype page = 0; page < pages.size(); ++page) {
                workbook.append(pages.at(page));
                if (page % 100 == 0) {
                    peak = qMax(peak, Bench::residentBytes());
                }
            }
            workbook.commit();
        }
        const qint64 oursMs = timer.elapsed();
        peak = qMax(peak, Bench::residentBytes());
        const double ratio = rawMs > 0 ? double(oursMs) / double(rawMs) : 0;
        const double growthMb = double(peak - recordsResident) / (1024.0 * 1024.0);
        printf("run %d: export %lld ms, raw libxlsxwriter %lld ms: %.2f× (limit 1.20×) %s; resident +%.1f MB over "
               "the records (limit +10 MB) %s\n",
            run, qlonglong(oursMs), qlonglong(rawMs), ratio, ratio <= 1.2 ? "ok" : "OVER", growthMb,
            growthMb <= 10 ? "ok" : "OVER");
    }
    return 0;
}
