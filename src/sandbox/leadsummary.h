// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Crego::Sandbox {

//! The list columns of a lead, derived from its programs: the amounts of all its lines summed (paise), the
//! worst DPD of any line, NPA when any line is (Crego's rule for groups), and the primary program.
struct LeadSummary
{
    QString programId;
    QString productType;
    qint64 approved = 0;
    qint64 operative = 0;
    qint64 available = 0;
    qint64 totalOutstanding = 0;
    int dpd = 0;
    int lineCount = 0;
    QString npaCategory = QStringLiteral("STD");

    static LeadSummary fromPrograms(const QJsonArray& leadPrograms);
    //! The `line_summary` object served on each lead (a sandbox extension).
    QJsonObject toJson(const QString& programName) const;
    //! Severity rank of an asset class, so the worst can be chosen.
    static int severity(const QString& npaCategory);
};

} // namespace Crego::Sandbox
