// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

namespace Crego::Widgets {

//! Asks the user a question; tests answer it in advance through setNextAnswer() instead of a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    //! The answer the next question() gets without showing anything (tests).
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace Crego::Widgets
