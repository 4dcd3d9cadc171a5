// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace Crego::Widgets {

//! Asks where to save a file, starting in the folder the user saved to last (remembered per user) or, for
//! exports, in the export folder of Preferences when one is set; tests answer in advance through
//! setNextSaveName() instead of a modal dialog.
class FileDialog
{
public:
    enum class Purpose { Save, Export };

    //! The chosen path, or empty when the user cancelled.
    static QString saveFileName(
        QWidget* parent, const QString& title, const QString& suggestedName, Purpose purpose = Purpose::Save);
    //! The folder the save dialog opens in.
    static QString startFolder(Purpose purpose);
    //! The path the next saveFileName() returns without showing anything (tests).
    static void setNextSaveName(const QString& path) { s_nextSaveName = path; }
    //! Files to open, starting in the folder the user opened from last; empty when the user cancelled.
    static QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter);
    //! The files the next openFileNames() returns without showing anything (tests).
    static void setNextOpenNames(const QStringList& paths) { s_nextOpenNames = paths; }

private:
    static inline std::optional<QString> s_nextSaveName;
    static inline std::optional<QStringList> s_nextOpenNames;
};

} // namespace Crego::Widgets
