// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace Crego::Tests {

//! A workbook read back by real readers (tests/export/readback.py): openpyxl for the cells, their types
//! and formats, the frozen pane and the filter; LibreOffice for the text it shows in each cell.
class Readback
{
public:
    //! readback.py's JSON for \a path (openpyxl), or an empty object with a warning.
    static QJsonObject cells(const QString& path) { return run({ path }).object(); }
    //! The text LibreOffice shows in each cell of the first sheet, row by row.
    static QJsonArray shown(const QString& path) { return run({ QStringLiteral("--shown"), path }).array(); }
    //! One sheet's rows from cells().
    static QJsonArray rows(const QJsonObject& cells, const QString& sheet)
    {
        return cells[QStringLiteral("sheets")][sheet][QStringLiteral("rows")].toArray();
    }

private:
    static QJsonDocument run(const QStringList& arguments)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), QStringList { QStringLiteral(CREGO_READBACK) } + arguments);
        if (!python.waitForFinished(120000) || python.exitCode() != 0) {
            qWarning("readback failed: %s", python.readAllStandardError().constData());
            return QJsonDocument();
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput());
    }
};

} // namespace Crego::Tests
