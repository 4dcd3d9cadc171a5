// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadpagecache.h"

#include <algorithm>

namespace Crego::Models {

void LeadPageCache::reset(int rows, int pageSize)
{
    m_rows = std::max(rows, 0);
    m_pageSize = std::max(pageSize, 1);
    m_pages.clear();
    m_unreadable.clear();
    m_failed.clear();
    m_partial.clear();
}

LeadPageCache::Rows LeadPageCache::rowsOf(int page) const
{
    const int first = (page - 1) * m_pageSize;
    return { first, std::min(first + m_pageSize, m_rows) - 1 };
}

void LeadPageCache::store(int page, const QList<Core::Lead>& leads)
{
    const Rows rows = rowsOf(page);
    const int expected = rows.last - rows.first + 1;
    QList<Core::Lead> kept = leads.mid(0, expected);
    m_unreadable[page] = std::max(0, expected - int(kept.size()));
    m_pages.insert(page, std::move(kept));
    m_failed.remove(page);
    m_partial.remove(page);
}

LeadPageCache::RowState LeadPageCache::state(int row) const
{
    const int page = pageOf(row);
    const auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        return m_failed.contains(page) ? RowState::Failed : RowState::Missing;
    }
    if (row - rowsOf(page).first < found->size()) {
        return RowState::Loaded;
    }
    return m_partial.contains(page) ? RowState::Missing : RowState::Unreadable;
}

int LeadPageCache::offsetOf(int row) const
{
    const auto found = m_pages.constFind(pageOf(row));
    if (found == m_pages.constEnd()) {
        return -1;
    }
    const int offset = row - rowsOf(found.key()).first;
    return offset < found->size() ? offset : -1;
}

const Core::Lead* LeadPageCache::lead(int row) const
{
    const int offset = offsetOf(row);
    return offset < 0 ? nullptr : &m_pages.constFind(pageOf(row))->at(offset);
}

Core::Lead* LeadPageCache::lead(int row)
{
    const int offset = offsetOf(row);
    return offset < 0 ? nullptr : &m_pages[pageOf(row)][offset];
}

int LeadPageCache::rowOf(const QString& id) const
{
    for (auto page = m_pages.constBegin(); page != m_pages.constEnd(); ++page) {
        for (qsizetype offset = 0; offset < page->size(); ++offset) {
            if (page->at(offset).id == id) {
                return rowsOf(page.key()).first + int(offset);
            }
        }
    }
    return -1;
}

int LeadPageCache::unreadable() const
{
    int count = 0;
    for (const int missing : m_unreadable) {
        count += missing;
    }
    return count;
}

QList<LeadPageCache::Rows> LeadPageCache::dropFarFrom(int around, int keep)
{
    QList<Rows> dropped;
    if (m_pages.size() <= keep) {
        return dropped;
    }
    QList<int> pages = m_pages.keys();
    std::sort(
        pages.begin(), pages.end(), [around](int a, int b) { return std::abs(a - around) > std::abs(b - around); });
    for (qsizetype i = 0; i < pages.size() - keep; ++i) {
        m_pages.remove(pages[i]);
        m_partial.remove(pages[i]);
        dropped.append(rowsOf(pages[i]));
    }
    return dropped;
}

LeadPageCache::Rows LeadPageCache::removeRow(int row)
{
    const int page = pageOf(row);
    const int lastPage = pageCount();
    --m_rows;
    for (int at = page; at <= lastPage; ++at) {
        m_failed.remove(at);
        const auto found = m_pages.find(at);
        if (found == m_pages.end()) {
            continue;
        }
        // This page loses its removed row (or, after it, its first row, now the last of the page before).
        const qsizetype gone = at == page ? row - rowsOf(at).first : 0;
        if (gone < found->size()) {
            found->removeAt(gone);
        }
        const auto next = m_pages.constFind(at + 1);
        if (next != m_pages.constEnd() && !next->isEmpty()) {
            found->append(next->first()); // its new last row
        }
        const Rows rows = rowsOf(at);
        if (found->size() < rows.last - rows.first + 1) {
            m_partial.insert(at);
        } else {
            m_partial.remove(at);
        }
    }
    return { row, m_rows - 1 };
}

} // namespace Crego::Models
