// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Crego::Widgets {

//! What the user chose in Preferences: language, theme, export folder and the lead list's page size. Kept
//! per user in the settings (not per connection).
struct Preferences
{
    enum class Theme { System, Light, Dark };

    QString language; //!< "" for the system's, else "en" or "hi"
    Theme theme = Theme::System;
    QString exportFolder; //!< where exports are saved first; empty for the folder of the last one
    int rowsPerPage = 50;

    static Preferences load();
    void save() const;
    //! The locale whose catalogues the app shows: the system's unless a language was chosen.
    QLocale locale() const;
    //! The page sizes offered; a stored size that is not one of them reads as the default.
    static QList<int> pageSizes() { return { 25, 50, 100, 200 }; }

    bool operator==(const Preferences& other) const
    {
        return language == other.language && theme == other.theme && exportFolder == other.exportFolder
            && rowsPerPage == other.rowsPerPage;
    }
    bool operator!=(const Preferences& other) const { return !(*this == other); }
};

} // namespace Crego::Widgets
