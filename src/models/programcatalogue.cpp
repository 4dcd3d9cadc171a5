// SPDX-License-Identifier: GPL-3.0-or-later
#include "programcatalogue.h"

#include "cregoclient.h"

#include <QSettings>

namespace Crego::Models {

ProgramCatalogue::ProgramCatalogue(Api::CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

QString ProgramCatalogue::settingsKey() const
{
    return QStringLiteral("programs/") + m_profileKey;
}

void ProgramCatalogue::setProfileKey(const QString& key)
{
    m_profileKey = key;
    m_names.clear();
    if (!key.isEmpty()) {
        const QVariantMap saved = QSettings().value(settingsKey()).toMap();
        for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
            m_names.insert(it.key(), it.value().toString());
        }
    }
    Q_EMIT changed();
}

void ProgramCatalogue::note(const QString& id, const QString& name)
{
    if (id.isEmpty() || name.isEmpty() || m_names.value(id) == name) {
        return;
    }
    m_names.insert(id, name);
    save();
    Q_EMIT changed();
}

void ProgramCatalogue::refresh()
{
    m_client->programs(this, [this](const Api::ApiResult<QList<Core::Program>>& result) {
        if (!result.ok()) {
            return; // a stock server has no list: the programs seen on leads are what there is
        }
        bool added = false;
        for (const Core::Program& program : result.value()) {
            if (!program.id.isEmpty() && !program.name.isEmpty() && m_names.value(program.id) != program.name) {
                m_names.insert(program.id, program.name);
                added = true;
            }
        }
        if (added) {
            save();
            Q_EMIT changed();
        }
    });
}

void ProgramCatalogue::save() const
{
    if (m_profileKey.isEmpty()) {
        return;
    }
    QVariantMap saved;
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        saved.insert(it.key(), it.value());
    }
    QSettings().setValue(settingsKey(), saved);
}

QList<QPair<QString, QString>> ProgramCatalogue::programs() const
{
    QList<QPair<QString, QString>> programs;
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        programs.append({ it.key(), it.value() });
    }
    std::sort(programs.begin(), programs.end(),
        [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    return programs;
}

QString ProgramCatalogue::idOf(const QString& name) const
{
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        if (it.value().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return it.key();
        }
    }
    return QString();
}

} // namespace Crego::Models
