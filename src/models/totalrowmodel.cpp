// SPDX-License-Identifier: GPL-3.0-or-later
#include "totalrowmodel.h"

#include <QFont>

namespace Crego::Models {

TotalRowModel::TotalRowModel(QAbstractItemModel* source, TotalCell total, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_total(std::move(total))
{
    // The tables this serves are a handful of rows: any change of the source is a reset here, which also
    // moves the total row in and out as the source passes two rows.
    const auto begin = [this] {
        beginResetModel();
        m_totals.clear();
    };
    const auto end = [this] { endResetModel(); };
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(source, &QAbstractItemModel::modelReset, this, end);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
    connect(source, &QAbstractItemModel::rowsInserted, this, end);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(source, &QAbstractItemModel::rowsRemoved, this, end);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(source, &QAbstractItemModel::layoutChanged, this, end);
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            m_totals.clear();
            Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()));
            if (sourceRows() >= 2) {
                Q_EMIT dataChanged(index(sourceRows(), 0), index(sourceRows(), columnCount() - 1));
            }
        });
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
}

int TotalRowModel::sourceRows() const
{
    return m_source ? m_source->rowCount() : 0;
}

bool TotalRowModel::isTotalRow(int row) const
{
    return sourceRows() >= 2 && row == sourceRows();
}

int TotalRowModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    const int rows = sourceRows();
    return rows >= 2 ? rows + 1 : rows;
}

int TotalRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant TotalRowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    if (!isTotalRow(index.row())) {
        return m_source->data(m_source->index(index.row(), index.column()), role);
    }
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole) {
        return m_source->data(m_source->index(0, index.column()), role);
    }
    const QPair<int, int> key(index.column(), role);
    const auto cached = m_totals.constFind(key);
    return cached != m_totals.constEnd() ? *cached : *m_totals.insert(key, m_total(index.column(), role));
}

QVariant TotalRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !m_source) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return m_source->headerData(section, orientation, role);
}

Qt::ItemFlags TotalRowModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    if (isTotalRow(index.row())) {
        return Qt::ItemIsEnabled;
    }
    return m_source->flags(m_source->index(index.row(), index.column()));
}

} // namespace Crego::Models
