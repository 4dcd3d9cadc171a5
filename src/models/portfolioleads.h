// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"
#include "linesummary.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace Crego::Models {

//! The leads of a portfolio, kept small enough for 100 000 and more: of each lead what the lead list
//! shows (ids, name, mobile, status, dates, line summary). Its own texts are packed as UTF-8 into shared
//! blocks, repeated texts (status, program, NPA class) are kept once, figures as plain numbers; a lead is
//! built back as a Core::Lead only when a drill-down or an export asks for it.
class PortfolioLeads
{
public:
    void clear();
    //! Keeps \a lead (its display name, not its applicants or programs) with \a summary as its line summary.
    void append(const Core::Lead& lead, const std::optional<Core::LineSummary>& summary);
    qsizetype size() const { return qsizetype(m_records.size()); }
    //! Lead \a index as it was appended (programs, applicants and unknown fields are not kept).
    Core::Lead at(qsizetype index) const;
    //! Every lead, in the order appended.
    QList<Core::Lead> all() const;

private:
    //! A text of the lead's own: block and byte offset of its length-prefixed UTF-8.
    struct TextPosition
    {
        quint32 block = 0;
        quint32 offset = 0;
    };

    struct Record
    {
        TextPosition texts; // id, ref ID, name, mobile, one after another
        Core::Timestamp createdAt;
        Core::Timestamp updatedAt;
        qint64 approvedPaise = 0;
        qint64 operativePaise = 0;
        qint64 availablePaise = 0;
        qint64 outstandingPaise = 0;
        quint32 status = 0; // indexes into m_shared
        quint32 programId = 0;
        quint32 summaryProgramId = 0;
        quint32 programName = 0;
        quint32 npaCategory = 0;
        qint32 dpd = 0;
        qint32 lineCount = 0;
        bool hasSummary = false;
        bool hasLine = false;
    };

    TextPosition appendTexts(const QString (&texts)[4]);
    void readTexts(TextPosition position, QString (&texts)[4]) const;
    quint32 shared(const QString& text);

    std::deque<Record> m_records; // grows block by block, never copied whole
    std::vector<QByteArray> m_textBlocks;
    QList<QString> m_shared;
    QHash<QString, quint32> m_sharedIndex;
};

} // namespace Crego::Models
