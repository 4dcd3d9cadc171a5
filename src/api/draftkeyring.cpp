// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftkeyring.h"

#include "secretbox.h"
#include "tokenstore.h"

namespace Crego::Api {

namespace {
const QString KeyName = QStringLiteral("drafts-key");
} // namespace

DraftKeyring::DraftKeyring(bool keychainEnabled, QObject* parent)
    : QObject(parent)
    , m_store(new TokenStore(this))
{
    m_store->setKeychainEnabled(keychainEnabled);
}

void DraftKeyring::load()
{
    connect(
        m_store, &TokenStore::loaded, this,
        [this](const QString&, const QString& stored) {
            const QByteArray key = QByteArray::fromBase64(stored.toLatin1());
            if (key.size() == Core::SecretBox::KeySize) {
                Q_EMIT ready(key, m_store->isPersistent());
                return;
            }
            const QByteArray fresh = Core::SecretBox::newKey();
            connect(
                m_store, &TokenStore::saved, this,
                [this, fresh](const QString&, bool persistent) { Q_EMIT ready(fresh, persistent); },
                Qt::SingleShotConnection);
            m_store->save(KeyName, QString::fromLatin1(fresh.toBase64()));
        },
        Qt::SingleShotConnection);
    m_store->load(KeyName);
}

} // namespace Crego::Api
