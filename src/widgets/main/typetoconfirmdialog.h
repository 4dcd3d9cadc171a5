// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Crego::Widgets {

//! Confirms an action that cannot be undone and costs dearly when aimed at the wrong record: the user
//! types the record's identifier (a lead's ref ID) before the action's button is enabled.
class TypeToConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    //! \a text says what will happen and why it asks; \a expected is what the user must type; \a action
    //! names the button ("Delete Lead").
    TypeToConfirmDialog(const QString& title, const QString& text, const QString& expected, const QString& action,
        QWidget* parent = nullptr);

    QLineEdit* entry() const { return m_entry; }
    //! Whether what is typed matches (case and surrounding spaces do not matter).
    bool matches() const;

private:
    QString m_expected;
    QLineEdit* m_entry;
    QDialogButtonBox* m_buttons;
};

} // namespace Crego::Widgets
