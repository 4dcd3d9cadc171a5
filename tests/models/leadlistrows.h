// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadlistmodel.h"

#include <QElapsedTimer>
#include <QTest>

namespace Crego::Tests {

//! Brings every row of \a model into memory, as a view scrolled over the whole list would: the pages by
//! number (fetchRows) or one after another (fetchMore on a cursor server). False on a timeout or error.
inline bool loadEveryRow(Models::LeadListModel& model, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    const auto allHere = [&model] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.leadAt(row)) {
                return false;
            }
        }
        return true;
    };
    while (timer.elapsed() < timeoutMs) {
        if (model.state() == Models::LeadListModel::State::Error) {
            return false;
        }
        if (model.state() != Models::LeadListModel::State::Loading) {
            if (model.canFetchMore(QModelIndex())) {
                model.fetchMore(QModelIndex());
            } else if (allHere()) {
                return true;
            } else {
                model.fetchRows(0, model.rowCount() - 1);
            }
        }
        QTest::qWait(10);
    }
    return false;
}

//! The lead of \a row once its page is here (waits for it; fails the test after 10 s).
inline const Core::Lead& leadOf(Models::LeadListModel& model, int row)
{
    if (!model.leadAt(row)) {
        model.fetchRows(row, row);
        const bool arrived = QTest::qWaitFor([&model, row] { return model.leadAt(row) != nullptr; }, 10000);
        Q_UNUSED(arrived); // the caller's checks fail on the empty lead below
    }
    static const Core::Lead none;
    return model.leadAt(row) ? *model.leadAt(row) : none;
}

} // namespace Crego::Tests
