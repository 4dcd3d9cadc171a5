// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

namespace Crego::Api {

//! Keeps each profile's bearer token in the OS keychain (QtKeychain). Where no keychain answers, the
//! token stays in memory for this session only, and isPersistent() says so. Never in settings or files.
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QObject* parent = nullptr);

    //! Tests and locked-down machines: skip the keychain, keep tokens in memory.
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    bool keychainEnabled() const { return m_keychainEnabled; }
    //! Whether the last keychain operation succeeded (false: tokens live in memory only).
    bool isPersistent() const { return m_persistent; }

    //! Emits loaded(profileKey, token) with the stored token, or an empty one.
    void load(const QString& profileKey);
    //! Emits saved(profileKey, persistent).
    void save(const QString& profileKey, const QString& token);
    //! Sign-out: forgets the token everywhere; emits removed(profileKey).
    void remove(const QString& profileKey);

Q_SIGNALS:
    void loaded(const QString& profileKey, const QString& token);
    void saved(const QString& profileKey, bool persistent);
    void removed(const QString& profileKey);

private:
    QHash<QString, QString> m_memory;
    bool m_keychainEnabled = true;
    bool m_persistent = false;
    bool m_saidUnavailable = false; // the keychain's absence is logged once, not on every read and write
};

} // namespace Crego::Api
