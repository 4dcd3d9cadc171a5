// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Crego::Widgets {

//! Edit → Preferences…: the language (system, English, हिन्दी), the theme (system, light, dark), the
//! folder exports are saved to first, and how many leads the list asks the server for at a time.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    //! What the form holds now (meaningful once accepted).
    Preferences preferences() const;

private:
    void chooseFolder();
    //! An export folder that does not exist is marked with the reason, and OK waits for a real one.
    void checkFolder();

    QComboBox* m_language;
    QComboBox* m_theme;
    QLineEdit* m_exportFolder;
    QLabel* m_folderProblem;
    QComboBox* m_rowsPerPage;
    QDialogButtonBox* m_buttons;
};

} // namespace Crego::Widgets
