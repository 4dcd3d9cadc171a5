// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbox.h"

#include <sodium.h>

namespace Crego::Core {

bool SecretBox::ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

QByteArray SecretBox::newKey()
{
    if (!ready()) {
        return {};
    }
    QByteArray key(KeySize, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

QByteArray SecretBox::seal(const QByteArray& plain, const QByteArray& key)
{
    static_assert(KeySize == crypto_secretbox_KEYBYTES);
    if (!ready() || key.size() != KeySize) {
        return {};
    }
    QByteArray sealed(
        qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
        reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()), nonce,
        reinterpret_cast<const unsigned char*>(key.constData()));
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const QByteArray& sealed, const QByteArray& key)
{
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (!ready() || key.size() != KeySize || sealed.size() < overhead) {
        return std::nullopt;
    }
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            quint64(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
            reinterpret_cast<const unsigned char*>(key.constData()))
        != 0) {
        return std::nullopt;
    }
    return plain;
}

QByteArray SecretBox::keyedHash(const QByteArray& data, const QByteArray& key)
{
    if (!ready() || key.size() != KeySize) {
        return {};
    }
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), size_t(hash.size()),
        reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()),
        reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()));
    return hash;
}

} // namespace Crego::Core
