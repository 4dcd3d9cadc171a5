// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Crego::Widgets {

//! A headline figure in a framed tile: a caption ("Approved") over a large, selectable value.
class FigureTile final : public QFrame
{
    Q_OBJECT

public:
    //! \a valueName names the value label (tests and accessibility find it by that name).
    FigureTile(const QString& caption, const QString& valueName, QWidget* parent = nullptr);

    void setValue(const QString& text);
    QString value() const;

private:
    QLabel* m_value;
};

} // namespace Crego::Widgets
