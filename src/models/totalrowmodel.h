// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QPointer>

#include <functional>

namespace Crego::Models {

//! A flat table as its source shows it, with one more row at the bottom: the total, whose cells a
//! function gives. The total row shows only when the source has at least two rows (one row is its own
//! total); it can be neither selected nor edited. Rows above it are the source's, row for row. The total's
//! cells are asked for once per change of the source, not at every paint.
class TotalRowModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    //! The total row's cell of \a column for \a role.
    using TotalCell = std::function<QVariant(int column, int role)>;

    TotalRowModel(QAbstractItemModel* source, TotalCell total, QObject* parent = nullptr);

    //! Whether \a row is the total row.
    bool isTotalRow(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    int sourceRows() const;

    QPointer<QAbstractItemModel> m_source;
    TotalCell m_total;
    mutable QHash<QPair<int, int>, QVariant> m_totals; //!< (column, role) → cell, until the source changes
};

} // namespace Crego::Models
