// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartvalueproxy.h"

#include "roles.h"

namespace Crego::Models {

ChartValueProxy::ChartValueProxy(QAbstractItemModel* source, QObject* parent)
    : QIdentityProxyModel(parent)
{
    setSourceModel(source);
}

QVariant ChartValueProxy::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole) {
        return QIdentityProxyModel::data(index, role);
    }
    const QVariant raw = QIdentityProxyModel::data(index, RawValueRole);
    bool numeric = false;
    const double value = raw.toDouble(&numeric);
    // Label columns (a category's name) stay text; numbers become plain doubles for the series.
    return numeric ? QVariant(value) : QIdentityProxyModel::data(index, role);
}

} // namespace Crego::Models
