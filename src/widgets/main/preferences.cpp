// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QSettings>

namespace Crego::Widgets {

namespace {
const QString LanguageKey = QStringLiteral("preferences/language");
const QString ThemeKey = QStringLiteral("preferences/theme");
const QString ExportFolderKey = QStringLiteral("preferences/exportFolder");
const QString RowsPerPageKey = QStringLiteral("preferences/rowsPerPage");

const QStringList ThemeNames { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    const QString language = settings.value(LanguageKey).toString();
    preferences.language = language == u"en" || language == u"hi" ? language : QString();
    preferences.theme = Theme(std::max(0, int(ThemeNames.indexOf(settings.value(ThemeKey).toString()))));
    preferences.exportFolder = settings.value(ExportFolderKey).toString();
    const int rows = settings.value(RowsPerPageKey, preferences.rowsPerPage).toInt();
    preferences.rowsPerPage = pageSizes().contains(rows) ? rows : preferences.rowsPerPage;
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(LanguageKey, language);
    settings.setValue(ThemeKey, ThemeNames.value(int(theme)));
    settings.setValue(ExportFolderKey, exportFolder);
    settings.setValue(RowsPerPageKey, rowsPerPage);
}

QLocale Preferences::locale() const
{
    if (language == u"hi") {
        return QLocale(QLocale::Hindi, QLocale::India);
    }
    if (language == u"en") {
        return QLocale(QLocale::English, QLocale::India);
    }
    return QLocale::system();
}

} // namespace Crego::Widgets
