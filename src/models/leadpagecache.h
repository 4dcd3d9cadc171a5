// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Crego::Models {

//! The pages of a long lead list that are in memory: rows are (page − 1) × page size onwards, any page can
//! arrive in any order, and only the pages near where the user looks are kept (the others are dropped and
//! asked for again when they come back into view).
class LeadPageCache
{
public:
    //! What a row holds.
    enum class RowState { Loaded, Missing, Unreadable, Failed };
    //! A run of rows, first to last inclusive.
    struct Rows
    {
        int first = 0;
        int last = -1;
    };

    //! Forgets every page; the list has \a rows rows in pages of \a pageSize.
    void reset(int rows, int pageSize);
    int rowCount() const { return m_rows; }
    int pageSize() const { return m_pageSize; }
    int pageCount() const { return m_pageSize > 0 ? (m_rows + m_pageSize - 1) / m_pageSize : 0; }
    //! The page (from 1) that holds \a row.
    int pageOf(int row) const { return row / m_pageSize + 1; }
    //! The rows page \a page holds.
    Rows rowsOf(int page) const;

    //! Keeps page \a page: its \a leads come first, the rest of its rows are leads the server sent but that
    //! could not be read.
    void store(int page, const QList<Core::Lead>& leads);
    //! Page \a page could not be loaded: its rows say so until forget() or reset().
    void markFailed(int page) { m_failed.insert(page); }
    bool isFailed(int page) const { return m_failed.contains(page); }
    //! Page \a page is in memory, whole.
    bool contains(int page) const { return m_pages.contains(page) && !m_partial.contains(page); }
    //! The pages in memory.
    int keptPages() const { return int(m_pages.size()); }

    RowState state(int row) const;
    //! The lead of \a row, or null when it is not in memory or could not be read.
    const Core::Lead* lead(int row) const;
    Core::Lead* lead(int row);
    //! The row of the lead \a id among the pages in memory, or -1.
    int rowOf(const QString& id) const;
    //! Leads of the pages kept so far (in memory or dropped) that could not be read.
    int unreadable() const;

    //! Drops the pages farthest from page \a around until at most \a keep remain; returns their rows.
    QList<Rows> dropFarFrom(int around, int keep);
    //! Removes row \a row: the rows after it move up one, each page in memory taking the first lead of the
    //! page after it when that one is here too; a page left without its last rows has them Missing (and is
    //! asked for again). Returns the rows that changed.
    Rows removeRow(int row);
    //! Forgets that pages failed.
    void forgetFailures() { m_failed.clear(); }

private:
    //! Where \a row's lead is in its page's list, or -1 when it is not in memory.
    int offsetOf(int row) const;

    int m_rows = 0;
    int m_pageSize = 1;
    QHash<int, QList<Core::Lead>> m_pages;
    QHash<int, int> m_unreadable; //!< per page ever stored; kept when the page is dropped
    QSet<int> m_failed;
    QSet<int> m_partial; //!< pages in memory whose last rows are missing (after a removal)
};

} // namespace Crego::Models
