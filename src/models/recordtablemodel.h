// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roles.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace Crego::Models {

//! A read-only table of records whose columns are declared, not coded: each column has a title, the text
//! to show, the raw value to sort on, and an alignment. The lead detail's tabs are all made of these.
template<typename Record> class RecordTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const Record&)> display;
        std::function<QVariant(const Record&)> raw; //!< empty: the display value
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        std::function<QVariant(const Record&)> background; //!< empty: no tint
        std::function<QVariant(const Record&)> decoration = {}; //!< empty: no picture
    };

    explicit RecordTableModel(std::vector<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    { }

    //! Replaces every row (a full reload).
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record>& records() const { return m_records; }
    //! The row of the record with \a id, or -1.
    int rowOf(const QString& id) const
    {
        for (qsizetype row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id) {
                return int(row);
            }
        }
        return -1;
    }
    //! Replaces the record with the same id, or appends \a record as a new row.
    void upsert(const Record& record)
    {
        const int row = rowOf(record.id);
        if (row >= 0) {
            m_records[row] = record;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size()));
        m_records.append(record);
        endInsertRows();
    }
    //! Tells views that the row of \a id shows something new (a picture that arrived).
    void refresh(const QString& id)
    {
        const int row = rowOf(id);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    //! Removes the record with \a id, if there is one.
    void removeRecord(const QString& id)
    {
        const int row = rowOf(id);
        if (row >= 0) {
            beginRemoveRows(QModelIndex(), row, row);
            m_records.removeAt(row);
            endRemoveRows();
        }
    }
    const Record& record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return QVariant();
        }
        const Column& column = m_columns[size_t(index.column())];
        const Record& record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return column.display(record);
        case Qt::TextAlignmentRole:
            // Columns declared without one are left-aligned, centred vertically (rows may be tall).
            return QVariant::fromValue(column.alignment ? column.alignment : Qt::AlignLeft | Qt::AlignVCenter);
        case RawValueRole:
            return column.raw ? column.raw(record) : column.display(record);
        case IdRole:
            return record.id;
        case Qt::BackgroundRole:
            return column.background ? column.background(record) : QVariant();
        case Qt::DecorationRole:
            return column.decoration ? column.decoration(record) : QVariant();
        default:
            return QVariant();
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < int(m_columns.size())) {
            return m_columns[size_t(section)].title;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    std::vector<Column> m_columns;
    QList<Record> m_records;
};

} // namespace Crego::Models
