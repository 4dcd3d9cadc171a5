// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <array>
#include <memory>
#include <vector>

struct lxw_workbook;
struct lxw_format;

namespace Crego::Export {

class Sheet;

//! An .xlsx file being written (libxlsxwriter, constant memory): sheets, the cell formats they share, and
//! the document properties. It is written under a temporary name beside the target and renamed only by
//! commit(), so a cancelled or failed export leaves no file (and an older file of that name untouched).
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    enum class Style { Text, Bold, Header, Integer, Percent, Date, DateTime };

    //! Starts writing \a path; \a title and \a subject go into the document properties.
    Workbook(const QString& path, const QString& title, const QString& subject);
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    //! False when the temporary file could not be created; error() says why.
    bool isOpen() const { return m_workbook != nullptr; }
    //! A new sheet named \a name, made to fit Excel's rules (≤ 31 characters, none of []:*?/\).
    Sheet& addSheet(const QString& name);
    //! Finishes the file and puts it at the target path; false with error() set on failure.
    bool commit();
    QString error() const { return m_error; }

    lxw_format* format(Style style);
    //! An amount's format for \a value (Indian grouping, see IndianNumberFormat).
    lxw_format* amountFormat(double value, int decimals);

    //! \a name as a sheet name Excel accepts.
    static QString sheetName(const QString& name);

private:
    QString m_path;
    QString m_temporaryPath;
    lxw_workbook* m_workbook = nullptr;
    std::vector<std::unique_ptr<Sheet>> m_sheets;
    std::array<lxw_format*, 7> m_styles {}; //!< by Style
    std::array<lxw_format*, 2 * 16> m_amounts {}; //!< by decimals (0 or 2) and digit count
    QByteArray m_title;
    QByteArray m_subject;
    QString m_error;
};

} // namespace Crego::Export
