// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace Crego::Widgets {

//! A chart in words, for screen readers: its title as the accessible name, and as the description every
//! charted row with its figures as the table beside the chart writes them ("Principal: Outstanding
//! ₹1,20,000, Paid ₹30,000; Interest: …").
class ChartSummary
{
public:
    //! Names \a chart and describes rows [0, \a rowCount) (all when -1), columns [\a first, \a last] of
    //! \a model; call again when the model changes.
    static void describe(
        QWidget* chart, const QString& title, const QAbstractItemModel* model, int first, int last, int rowCount = -1);
};

} // namespace Crego::Widgets
