// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QVBoxLayout;

namespace Crego::Widgets {

//! The step before an export's save dialog: what will be exported, in a sentence, and the choices it
//! offers as check boxes (all columns, the server's own file, full account numbers…). A choice that exposes
//! personal data asks for confirmation when ticked. Tests answer in advance through setNextChoice().
class ExportOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportOptionsDialog(const QString& title, const QString& intro, QWidget* parent = nullptr);

    //! A choice called \a key, unticked, explained by \a detail under it.
    QCheckBox* addOption(const QString& key, const QString& text, const QString& detail = QString());
    //! Ticking \a key first asks \a question; the box stays unticked unless the user answers Yes.
    void confirmOption(const QString& key, const QString& question);
    //! The keys of the ticked choices.
    QStringList chosen() const;

    //! Shows the dialog and waits: the ticked choices, or nullopt when the user cancelled.
    std::optional<QStringList> ask();
    //! The choices the next ask() returns without showing anything (tests).
    static void setNextChoice(const QStringList& keys) { s_nextChoice = keys; }

private:
    QVBoxLayout* m_options;
    QHash<QString, QCheckBox*> m_boxes;
    static inline std::optional<QStringList> s_nextChoice;
};

} // namespace Crego::Widgets
