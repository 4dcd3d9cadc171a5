// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbook.h"

#include "indiannumberformat.h"
#include "sheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <xlsxwriter.h>

namespace Crego::Export {

Workbook::Workbook(const QString& path, const QString& title, const QString& subject)
    : m_path(path)
    , m_title(title.toUtf8())
    , m_subject(subject.toUtf8())
{
    const QFileInfo target(path);
    m_temporaryPath = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QFile probe(m_temporaryPath); // libxlsxwriter only finds out at the end that it cannot write here
    if (!probe.open(QIODevice::WriteOnly)) {
        m_error
            = tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(target.absolutePath()), probe.errorString());
        m_temporaryPath.clear();
        return;
    }
    probe.close();
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: memory stays flat
    const QByteArray temporary = QFile::encodeName(m_temporaryPath);
    m_workbook = workbook_new_opt(temporary.constData(), &options);
    if (!m_workbook) {
        m_error = tr("Cannot write in %1.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return;
    }
    lxw_doc_properties properties {};
    properties.title = m_title.data();
    properties.subject = m_subject.data();
    static char company[] = "Crego Desk";
    properties.company = company;
    properties.created = time(nullptr);
    workbook_set_properties(m_workbook, &properties);
}

Workbook::~Workbook()
{
    if (m_workbook) {
        // Not committed: close what libxlsxwriter holds and leave nothing behind.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_temporaryPath.isEmpty()) {
        QFile::remove(m_temporaryPath);
    }
}

QString Workbook::sheetName(const QString& name)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString cleaned = name;
    cleaned.replace(forbidden, QStringLiteral(" "));
    cleaned = cleaned.trimmed();
    while (cleaned.startsWith(u'\'')) {
        cleaned.remove(0, 1);
    }
    while (cleaned.endsWith(u'\'')) {
        cleaned.chop(1);
    }
    if (cleaned.isEmpty()) {
        cleaned = QStringLiteral("Sheet");
    }
    return cleaned.left(31);
}

Sheet& Workbook::addSheet(const QString& name)
{
    const QByteArray sheet = sheetName(name).toUtf8();
    m_sheets.push_back(std::make_unique<Sheet>(*this, workbook_add_worksheet(m_workbook, sheet.constData())));
    return *m_sheets.back();
}

bool Workbook::commit()
{
    if (!m_workbook) {
        return false;
    }
    for (const std::unique_ptr<Sheet>& sheet : m_sheets) {
        sheet->finish();
    }
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        m_error = tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_temporaryPath, m_path)) {
        m_error = tr("The workbook could not be saved as %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    m_temporaryPath.clear();
    return true;
}

lxw_format* Workbook::format(Style style)
{
    if (lxw_format* known = m_styles[size_t(style)]) {
        return known;
    }
    lxw_format* created = workbook_add_format(m_workbook);
    switch (style) {
    case Style::Text:
        format_set_num_format(created, "@");
        break;
    case Style::Bold:
        format_set_bold(created);
        break;
    case Style::Header:
        format_set_bold(created);
        format_set_bottom(created, LXW_BORDER_THIN);
        format_set_bg_color(created, 0xE8EEF7);
        format_set_text_wrap(created);
        format_set_align(created, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Integer:
        format_set_num_format(created, "0");
        break;
    case Style::Percent:
        format_set_num_format(created, "0.00%");
        break;
    case Style::Date:
        format_set_num_format(created, "dd mmm yyyy");
        break;
    case Style::DateTime:
        format_set_num_format(created, "dd mmm yyyy hh:mm");
        break;
    }
    m_styles[size_t(style)] = created;
    return created;
}

lxw_format* Workbook::amountFormat(double value, int decimals)
{
    const int digits = IndianNumberFormat::digits(value, decimals);
    lxw_format*& format = m_amounts[size_t((decimals > 0 ? 16 : 0) + digits)];
    if (!format) {
        format = workbook_add_format(m_workbook);
        format_set_num_format(format, IndianNumberFormat::forDigits(digits, decimals).toLatin1().constData());
    }
    return format;
}

} // namespace Crego::Export
