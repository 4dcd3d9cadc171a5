// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheet.h"

#include "indiannumberformat.h"
#include "workbook.h"

#include <xlsxwriter.h>

namespace Crego::Export {

namespace {

lxw_datetime excelTime(const QDateTime& local)
{
    const QDate date = local.date();
    const QTime time = local.time();
    return { date.year(), date.month(), date.day(), time.hour(), time.minute(), double(time.second()) };
}

} // namespace

Sheet::Sheet(Workbook& workbook, lxw_worksheet* worksheet)
    : m_workbook(workbook)
    , m_worksheet(worksheet)
{ }

void Sheet::addHeaderLines(const QStringList& lines)
{
    for (const QString& line : lines) {
        ++m_row;
        const QByteArray text = line.toUtf8();
        worksheet_write_string(m_worksheet, lxw_row_t(m_row), 0, text.constData(),
            m_row == 0 ? m_workbook.format(Workbook::Style::Bold) : nullptr);
    }
}

void Sheet::setColumns(const QStringList& titles)
{
    if (m_row >= 0) {
        ++m_row; // a blank line under the header block
    }
    m_headerRow = ++m_row;
    m_columns = int(titles.size());
    m_widths = QList<int>(m_columns, 6);
    for (int column = 0; column < m_columns; ++column) {
        const QByteArray title = titles.at(column).toUtf8();
        worksheet_write_string(m_worksheet, lxw_row_t(m_row), lxw_col_t(column), title.constData(),
            m_workbook.format(Workbook::Style::Header));
        note(column, int(titles.at(column).size()));
    }
    worksheet_freeze_panes(m_worksheet, lxw_row_t(m_row + 1), 0);
}

void Sheet::nextRow()
{
    ++m_row;
    ++m_dataRows;
}

void Sheet::text(int column, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    const QByteArray text = value.toUtf8();
    worksheet_write_string(
        m_worksheet, lxw_row_t(m_row), lxw_col_t(column), text.constData(), m_workbook.format(Workbook::Style::Text));
    note(column, int(value.size()));
}

void Sheet::amount(int column, Core::Money value)
{
    const double rupees = double(value.paise()) / 100.0;
    const int decimals = value.paise() % 100 == 0 ? 0 : 2;
    worksheet_write_number(
        m_worksheet, lxw_row_t(m_row), lxw_col_t(column), rupees, m_workbook.amountFormat(rupees, decimals));
    const int digits = IndianNumberFormat::digits(rupees, decimals);
    note(column, digits + digits / 2 + (decimals ? 3 : 0) + 1); // digits, Indian commas, paise, sign
}

void Sheet::integer(int column, qint64 value)
{
    worksheet_write_number(
        m_worksheet, lxw_row_t(m_row), lxw_col_t(column), double(value), m_workbook.format(Workbook::Style::Integer));
    note(column, int(QString::number(value).size()));
}

void Sheet::percent(int column, double percent)
{
    worksheet_write_number(
        m_worksheet, lxw_row_t(m_row), lxw_col_t(column), percent / 100.0, m_workbook.format(Workbook::Style::Percent));
    note(column, 8);
}

void Sheet::date(int column, const Core::Timestamp& value)
{
    const QDateTime local = value.toUtc().toLocalTime();
    if (!local.isValid()) {
        return;
    }
    day(column, local.date());
}

void Sheet::day(int column, const QDate& value)
{
    if (!value.isValid()) {
        return;
    }
    lxw_datetime date { value.year(), value.month(), value.day(), 0, 0, 0 };
    worksheet_write_datetime(
        m_worksheet, lxw_row_t(m_row), lxw_col_t(column), &date, m_workbook.format(Workbook::Style::Date));
    note(column, 11);
}

void Sheet::dateTime(int column, const Core::Timestamp& value)
{
    const QDateTime local = value.toUtc().toLocalTime();
    if (!local.isValid()) {
        return;
    }
    lxw_datetime time = excelTime(local);
    worksheet_write_datetime(
        m_worksheet, lxw_row_t(m_row), lxw_col_t(column), &time, m_workbook.format(Workbook::Style::DateTime));
    note(column, 17);
}

void Sheet::note(int column, int characters)
{
    if (column >= 0 && column < m_widths.size()) {
        m_widths[column] = qMax(m_widths.at(column), characters);
    }
}

void Sheet::finish()
{
    for (int column = 0; column < m_columns; ++column) {
        worksheet_set_column(
            m_worksheet, lxw_col_t(column), lxw_col_t(column), qMin(60, m_widths.at(column) + 2), nullptr);
    }
    if (m_headerRow >= 0 && m_columns > 0) {
        worksheet_autofilter(
            m_worksheet, lxw_row_t(m_headerRow), 0, lxw_row_t(qMax(m_row, m_headerRow)), lxw_col_t(m_columns - 1));
    }
}

} // namespace Crego::Export
