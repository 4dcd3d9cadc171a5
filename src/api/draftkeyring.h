// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Crego::Api {

class TokenStore;

//! The key that encrypts unsaved forms on disk, kept in the OS keychain beside the tokens and made on
//! first use. Where no keychain answers, the key lives in memory only and ready() says it is not
//! persistent: drafts must then stay in memory too, or they could never be opened again.
class DraftKeyring final : public QObject
{
    Q_OBJECT

public:
    explicit DraftKeyring(bool keychainEnabled, QObject* parent = nullptr);

    //! Reads the key (making one if there is none); emits ready().
    void load();

Q_SIGNALS:
    void ready(const QByteArray& key, bool persistent);

private:
    TokenStore* m_store;
};

} // namespace Crego::Api
