// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Crego::Widgets {

//! Asks where to save a file, starting in the folder the user saved to last (remembered per user); tests
//! answer in advance through setNextSaveName() instead of a modal dialog.
class FileDialog
{
public:
    //! The chosen path, or empty when the user cancelled.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedName);
    //! The path the next saveFileName() returns without showing anything (tests).
    static void setNextSaveName(const QString& path) { s_nextSaveName = path; }

private:
    static inline std::optional<QString> s_nextSaveName;
};

} // namespace Crego::Widgets
