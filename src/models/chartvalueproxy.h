// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace Crego::Models {

//! The same model a table shows, as a chart's model mapper must read it: the display role answers with
//! the raw number (paise, days, counts, percent) instead of the formatted text. Rows and columns are the
//! source's; nothing is copied.
class ChartValueProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ChartValueProxy(QAbstractItemModel* source, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace Crego::Models
