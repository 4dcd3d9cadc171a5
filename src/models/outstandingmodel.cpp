// SPDX-License-Identifier: GPL-3.0-or-later
#include "outstandingmodel.h"

#include "roles.h"

#include "moneyformatter.h"

#include <QFont>

namespace Crego::Models {

OutstandingModel::OutstandingModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void OutstandingModel::setLine(const std::optional<Core::LineDetail>& line)
{
    m_line = line;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

int OutstandingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int OutstandingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutstandingModel::componentName(int row)
{
    switch (row) {
    case Principal:
        return tr("Principal");
    case Interest:
        return tr("Interest");
    case Overdue:
        return tr("Overdue interest");
    case Penal:
        return tr("Penal interest");
    case Total:
        return tr("Total");
    }
    return QString();
}

qint64 OutstandingModel::amount(int row, int column) const
{
    if (!m_line) {
        return 0;
    }
    const Core::LineDetail& line = *m_line;
    const Core::Money cells[RowCount][3] = {
        { line.principalOutstanding, line.principalPaid, line.totalDuePrincipal },
        { line.interestOutstanding, line.interestPaid, line.totalDueInterest },
        { line.overdueOutstanding, line.overduePaid, line.totalDueOverdue },
        { line.penalOutstanding, line.penalPaid, line.totalDuePenal },
        { line.totalOutstanding, line.totalPaid, line.dueAmount },
    };
    return cells[row][column - Outstanding].paise();
}

QVariant OutstandingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == Component) {
            return componentName(row);
        }
        return m_line ? Core::MoneyFormatter::format(Core::Money::fromPaise(amount(row, column))) : QVariant();
    case RawValueRole:
        if (column == Component) {
            return componentName(row);
        }
        return m_line ? QVariant(amount(row, column)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            column == Component ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row == Total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant OutstandingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Component:
        return tr("Component");
    case Outstanding:
        return tr("Outstanding");
    case Paid:
        return tr("Paid");
    case Due:
        return tr("Due now");
    }
    return QVariant();
}

} // namespace Crego::Models
