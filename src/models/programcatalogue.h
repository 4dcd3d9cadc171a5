// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>

namespace Crego::Api {
class CregoClient;
}

namespace Crego::Models {

//! The programs a connection is known to have, by id and name, so a new lead can name any of them: those
//! seen on its leads (noted as pages load) and, where the server offers the list (a sandbox extension),
//! all of them. Kept per connection profile in the settings (program ids and names only), so it is there
//! at the next start even when the list cannot be loaded.
class ProgramCatalogue final : public QObject
{
    Q_OBJECT

public:
    explicit ProgramCatalogue(Api::CregoClient* client, QObject* parent = nullptr);

    //! Switches to the catalogue of the connection profile \a key (empty: kept in memory only).
    void setProfileKey(const QString& key);
    //! Notes a program seen on a lead; a new one (or a new name) is saved and changed() follows.
    void note(const QString& id, const QString& name);
    //! Asks the server for its program list; a server without one leaves the catalogue as it is.
    void refresh();

    //! (id, name) pairs, by name.
    QList<QPair<QString, QString>> programs() const;
    bool isEmpty() const { return m_names.isEmpty(); }
    //! The id of the program called \a name (case does not matter), or empty.
    QString idOf(const QString& name) const;

Q_SIGNALS:
    void changed();

private:
    QString settingsKey() const;
    void save() const;

    Api::CregoClient* m_client;
    QString m_profileKey;
    QMap<QString, QString> m_names; //!< id → name
};

} // namespace Crego::Models
