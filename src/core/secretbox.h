// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace Crego::Core {

//! Authenticated encryption of small records at rest (libsodium's crypto_secretbox: XSalsa20-Poly1305):
//! a sealed box is a random nonce followed by the ciphertext; opening fails on any change to either.
class SecretBox
{
public:
    static constexpr int KeySize = 32;

    //! A fresh random key.
    static QByteArray newKey();
    //! Empty when \a key is not KeySize bytes or libsodium cannot start.
    static QByteArray seal(const QByteArray& plain, const QByteArray& key);
    //! The plain text, or nothing when \a sealed was not sealed with \a key or has been altered.
    static std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& key);
    //! A keyed hash of \a data (BLAKE2b, 32 bytes): the same for the same data and key, telling nothing of
    //! the data without the key. Empty when \a key is not KeySize bytes.
    static QByteArray keyedHash(const QByteArray& data, const QByteArray& key);

private:
    static bool ready();
};

} // namespace Crego::Core
