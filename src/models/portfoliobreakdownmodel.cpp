// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliobreakdownmodel.h"

#include "roles.h"

#include "moneyformatter.h"

namespace Crego::Models {

PortfolioBreakdownModel::PortfolioBreakdownModel(const QString& categoryTitle, QObject* parent)
    : QAbstractTableModel(parent)
    , m_categoryTitle(categoryTitle)
{ }

int PortfolioBreakdownModel::category(const QString& key, const QString& label, const QColor& colour)
{
    const auto found = m_rowOfKey.constFind(key);
    if (found != m_rowOfKey.constEnd()) {
        return *found;
    }
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(Row { key, label, colour, {}, {}, {}, {} });
    m_rowOfKey.insert(key, row);
    endInsertRows();
    return row;
}

void PortfolioBreakdownModel::add(
    int row, int leadIndex, Core::Money approved, Core::Money outstanding, Core::Money available)
{
    Row& target = m_rows[row];
    if (target.leadIndexes.isEmpty() || target.leadIndexes.last() != leadIndex) {
        target.leadIndexes.append(leadIndex);
    }
    target.approved += approved;
    target.outstanding += outstanding;
    target.available += available;
    m_firstChanged = m_firstChanged < 0 ? row : std::min(m_firstChanged, row);
    m_lastChanged = std::max(m_lastChanged, row);
}

void PortfolioBreakdownModel::publish()
{
    if (m_firstChanged < 0) {
        return;
    }
    const int first = m_firstChanged;
    const int last = m_lastChanged;
    m_firstChanged = m_lastChanged = -1;
    Q_EMIT dataChanged(index(first, Leads), index(last, Available));
}

void PortfolioBreakdownModel::clear(bool keepCategories)
{
    beginResetModel();
    if (keepCategories) {
        for (Row& row : m_rows) {
            row = Row { row.key, row.label, row.colour, {}, {}, {}, {} };
        }
    } else {
        m_rows.clear();
        m_rowOfKey.clear();
    }
    m_firstChanged = m_lastChanged = -1;
    endResetModel();
}

int PortfolioBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Row& row = m_rows.at(index.row());
    const auto amount = [&row](int column) {
        return column == Approved ? row.approved : column == Outstanding ? row.outstanding : row.available;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Category) {
            return row.label;
        }
        if (index.column() == Leads) {
            return Core::MoneyFormatter::groupDigits(row.leadIndexes.size()); // 1,00,000: Indian grouping
        }
        return Core::MoneyFormatter::format(amount(index.column()));
    case RawValueRole:
        if (index.column() == Category) {
            return row.label;
        }
        if (index.column() == Leads) {
            return qint64(row.leadIndexes.size());
        }
        return amount(index.column()).paise();
    case IdRole:
        return row.key;
    case Qt::DecorationRole:
        return index.column() == Category && row.colour.isValid() ? QVariant(row.colour) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            index.column() == Category ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant PortfolioBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_rows.size()) {
        return m_rows.at(section).label; // a chart's bar set named after its row
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Category:
        return m_categoryTitle;
    case Leads:
        return tr("Leads");
    case Approved:
        return tr("Approved");
    case Outstanding:
        return tr("Outstanding");
    case Available:
        return tr("Available");
    }
    return QVariant();
}

} // namespace Crego::Models
