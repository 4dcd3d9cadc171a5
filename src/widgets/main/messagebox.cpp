// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <utility>

namespace Crego::Widgets {

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (s_nextAnswer) {
        return *std::exchange(s_nextAnswer, std::nullopt);
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

} // namespace Crego::Widgets
