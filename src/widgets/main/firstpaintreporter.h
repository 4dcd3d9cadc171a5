// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace Crego::Widgets {

//! For `bench/run startup`: waits for the first paint of \a view with rows in it, prints "first-paint" on
//! standard output and quits the application (the benchmark times the whole process from outside).
class FirstPaintReporter final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintReporter(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    bool m_reported = false;
};

} // namespace Crego::Widgets
