// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace Crego::Models {

//! The portfolio split one way (by program, DPD bucket, asset class or utilization band): one row per
//! category with its lead count and line totals, and the leads behind each row for drill-down. Rows are
//! filled as pages arrive; publish() tells the views (and charts) once per batch.
class PortfolioBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Leads, Approved, Outstanding, Available, ColumnCount };

    //! \a categoryTitle heads the first column ("Program", "DPD bucket", ...).
    explicit PortfolioBreakdownModel(const QString& categoryTitle, QObject* parent = nullptr);

    //! The row of \a key, added at the end (with \a label and \a colour) the first time.
    int category(const QString& key, const QString& label, const QColor& colour = QColor());
    //! Counts lead number \a leadIndex in \a row (once, however many of its lines fall there) and adds
    //! the line amounts.
    void add(int row, int leadIndex, Core::Money approved, Core::Money outstanding, Core::Money available);
    //! Emits dataChanged for the rows changed since the last call.
    void publish();
    //! Zero counts and no leads; with \a keepCategories the rows stay (zeroed), otherwise they go.
    void clear(bool keepCategories);

    QString label(int row) const { return m_rows.at(row).label; }
    QColor colour(int row) const { return m_rows.at(row).colour; }
    qint64 leadCount(int row) const { return m_rows.at(row).leadIndexes.size(); }
    Core::Money approved(int row) const { return m_rows.at(row).approved; }
    Core::Money outstanding(int row) const { return m_rows.at(row).outstanding; }
    Core::Money available(int row) const { return m_rows.at(row).available; }
    //! Indexes (into the portfolio's leads) of the leads counted in \a row.
    const QList<int>& leadIndexes(int row) const { return m_rows.at(row).leadIndexes; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString label;
        QColor colour;
        QList<int> leadIndexes;
        Core::Money approved;
        Core::Money outstanding;
        Core::Money available;
    };

    QString m_categoryTitle;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    int m_firstChanged = -1;
    int m_lastChanged = -1;
};

} // namespace Crego::Models
