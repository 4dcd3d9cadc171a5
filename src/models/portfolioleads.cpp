// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioleads.h"

namespace Crego::Models {

namespace {

//! Texts go into blocks of this size (one larger text gets a block of its own): no block is ever copied
//! to grow, so memory kept is the texts' bytes and little more.
constexpr qsizetype TextBlockBytes = 256 * 1024;

void appendLength(QByteArray& block, quint32 length)
{
    do { // seven bits a byte, the high bit saying another byte follows
        const auto low = char(length & 0x7f);
        length >>= 7;
        block.append(length ? char(low | 0x80) : low);
    } while (length);
}

quint32 readLength(const QByteArray& block, quint32& offset)
{
    quint32 length = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = quint8(block.at(offset++));
        length |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            return length;
        }
    }
}

} // namespace

void PortfolioLeads::clear()
{
    m_records.clear();
    m_textBlocks.clear();
    m_shared.clear();
    m_sharedIndex.clear();
}

quint32 PortfolioLeads::shared(const QString& text)
{
    const auto found = m_sharedIndex.constFind(text);
    if (found != m_sharedIndex.cend()) {
        return *found;
    }
    const auto index = quint32(m_shared.size());
    m_shared.append(text);
    m_sharedIndex.insert(text, index);
    return index;
}

PortfolioLeads::TextPosition PortfolioLeads::appendTexts(const QString (&texts)[4])
{
    QByteArray utf8[4];
    qsizetype bytes = 0;
    for (int i = 0; i < 4; ++i) {
        utf8[i] = texts[i].toUtf8();
        bytes += utf8[i].size() + 5; // at most five bytes of length
    }
    if (m_textBlocks.empty() || m_textBlocks.back().size() + bytes > m_textBlocks.back().capacity()) {
        m_textBlocks.emplace_back();
        m_textBlocks.back().reserve(std::max(TextBlockBytes, bytes));
    }
    QByteArray& block = m_textBlocks.back();
    const TextPosition position { quint32(m_textBlocks.size() - 1), quint32(block.size()) };
    for (const QByteArray& text : utf8) {
        appendLength(block, quint32(text.size()));
        block.append(text);
    }
    return position;
}

void PortfolioLeads::readTexts(TextPosition position, QString (&texts)[4]) const
{
    const QByteArray& block = m_textBlocks[position.block];
    quint32 offset = position.offset;
    for (QString& text : texts) {
        const quint32 length = readLength(block, offset);
        text = QString::fromUtf8(block.constData() + offset, qsizetype(length));
        offset += length;
    }
}

void PortfolioLeads::append(const Core::Lead& lead, const std::optional<Core::LineSummary>& summary)
{
    Record record;
    record.texts = appendTexts({ lead.id, lead.refId, lead.displayName(), lead.primaryMobile });
    record.createdAt = lead.createdAt;
    record.updatedAt = lead.updatedAt;
    record.status = shared(lead.status);
    record.programId = shared(lead.programId);
    if (summary) {
        record.hasSummary = true;
        record.hasLine = summary->hasLine;
        record.approvedPaise = summary->approvedLineAmount.paise();
        record.operativePaise = summary->operativeLineAmount.paise();
        record.availablePaise = summary->availableLineAmount.paise();
        record.outstandingPaise = summary->totalOutstanding.paise();
        record.programName = shared(summary->programName);
        record.npaCategory = shared(summary->npaCategory);
        record.dpd = summary->dpd;
        record.lineCount = summary->lineCount;
        record.summaryProgramId = shared(summary->programId);
    }
    m_records.push_back(record);
}

Core::Lead PortfolioLeads::at(qsizetype index) const
{
    const Record& record = m_records[size_t(index)];
    Core::Lead lead;
    QString texts[4];
    readTexts(record.texts, texts);
    lead.id = texts[0];
    lead.refId = texts[1];
    lead.name = texts[2];
    lead.primaryMobile = texts[3];
    lead.status = m_shared.at(record.status);
    lead.programId = m_shared.at(record.programId);
    lead.createdAt = record.createdAt;
    lead.updatedAt = record.updatedAt;
    if (record.hasSummary) {
        Core::LineSummary summary;
        summary.programId = m_shared.at(record.summaryProgramId);
        summary.programName = m_shared.at(record.programName);
        summary.approvedLineAmount = Core::Money::fromPaise(record.approvedPaise);
        summary.operativeLineAmount = Core::Money::fromPaise(record.operativePaise);
        summary.availableLineAmount = Core::Money::fromPaise(record.availablePaise);
        summary.totalOutstanding = Core::Money::fromPaise(record.outstandingPaise);
        summary.dpd = record.dpd;
        summary.npaCategory = m_shared.at(record.npaCategory);
        summary.lineCount = record.lineCount;
        summary.hasLine = record.hasLine;
        lead.lineSummary = summary;
    }
    return lead;
}

QList<Core::Lead> PortfolioLeads::all() const
{
    QList<Core::Lead> leads;
    leads.reserve(size());
    for (qsizetype index = 0; index < size(); ++index) {
        leads.append(at(index));
    }
    return leads;
}

} // namespace Crego::Models
