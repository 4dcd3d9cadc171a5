// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Crego::Api {

//! What the server last answered to each read the user made on one connection profile, so that the app
//! can still show it when the server cannot be reached: an SQLite file, owner-only, whose keys are keyed
//! hashes of the requests (no lead id or search term in clear) and whose bodies are sealed with the
//! drafts' key. Without a key nothing is kept. It holds at most maxBytes() of answers: the oldest go first.
class ResponseCache
{
public:
    struct Entry
    {
        QByteArray body;
        QDateTime savedAt;
    };

    ResponseCache();
    ~ResponseCache();
    ResponseCache(const ResponseCache&) = delete;
    ResponseCache& operator=(const ResponseCache&) = delete;

    //! Opens (creating it, owner-only) the cache file \a file, sealed with \a key; false with the reason
    //! in \a error.
    bool open(const QString& file, const QByteArray& key, QString* error = nullptr);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString file() const { return m_file; }

    //! Reads whose answers are kept: lists and records of leads, never files, look-ups or health checks.
    static bool keeps(Endpoint endpoint);
    //! Keeps \a body as the answer to \a request (replacing an older one), then drops the oldest answers
    //! while the cache holds more than maxBytes().
    void put(const QString& request, const QByteArray& body);
    static constexpr qint64 DefaultMaxBytes = 256 * 1024 * 1024;
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    //! The sealed answers' bytes.
    qint64 bytes() const;
    std::optional<Entry> get(const QString& request) const;
    int size() const;
    //! Forgets everything (Sign Out): the file is deleted and the cache closed.
    void clear();

private:
    QByteArray idOf(const QString& request) const;
    void dropOldest();

    QString m_connection;
    QString m_file;
    QByteArray m_key;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_bytes = -1; //!< what bytes() said last, kept up to date by put(); -1 before it is counted
};

} // namespace Crego::Api
