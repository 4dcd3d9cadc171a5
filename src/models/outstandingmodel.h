// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linedetail.h"

#include <QAbstractTableModel>

#include <optional>

namespace Crego::Models {

//! A line's money owed against money paid, by component: principal, interest, overdue and penal rows (the
//! chart's categories) and a total row; columns outstanding, paid and due now.
class OutstandingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { Principal, Interest, Overdue, Penal, Total, RowCount };
    enum Column { Component, Outstanding, Paid, Due, ColumnCount };

    explicit OutstandingModel(QObject* parent = nullptr);

    //! Shows \a line, or empty rows without one.
    void setLine(const std::optional<Core::LineDetail>& line);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString componentName(int row);

private:
    //! The amount in paise at (row, column) of an amount column; 0 without a line.
    qint64 amount(int row, int column) const;

    std::optional<Core::LineDetail> m_line;
};

} // namespace Crego::Models
