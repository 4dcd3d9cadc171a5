// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include "logging.h"

#include <QTimer>

#include <utility>

#include <qt6keychain/keychain.h>

namespace Crego::Api {

namespace {

const QString KeychainService = QStringLiteral("Crego Desk");

} // namespace

TokenStore::TokenStore(QObject* parent)
    : QObject(parent)
{ }

void TokenStore::load(const QString& profileKey)
{
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, this, [this, profileKey] { Q_EMIT loaded(profileKey, m_memory.value(profileKey)); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setKey(profileKey);
    connect(job, &QKeychain::Job::finished, this, [this, profileKey](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        const bool ok = read->error() == QKeychain::NoError;
        m_persistent = ok || read->error() == QKeychain::EntryNotFound;
        if (!m_persistent && !std::exchange(m_saidUnavailable, true)) {
            qCInfo(lcApi) << "keychain unavailable; tokens stay in memory:" << read->errorString();
        }
        Q_EMIT loaded(profileKey, ok ? read->textData() : m_memory.value(profileKey));
    });
    job->start();
}

void TokenStore::save(const QString& profileKey, const QString& token)
{
    m_memory.insert(profileKey, token);
    if (!m_keychainEnabled) {
        m_persistent = false;
        QTimer::singleShot(0, this, [this, profileKey] { Q_EMIT saved(profileKey, false); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(KeychainService, this);
    job->setKey(profileKey);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, profileKey](QKeychain::Job* finished) {
        m_persistent = finished->error() == QKeychain::NoError;
        if (!m_persistent && !std::exchange(m_saidUnavailable, true)) {
            qCInfo(lcApi) << "keychain unavailable; tokens stay in memory:" << finished->errorString();
        }
        Q_EMIT saved(profileKey, m_persistent);
    });
    job->start();
}

void TokenStore::remove(const QString& profileKey)
{
    m_memory.remove(profileKey);
    if (!m_keychainEnabled) {
        QTimer::singleShot(0, this, [this, profileKey] { Q_EMIT removed(profileKey); });
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(KeychainService, this);
    job->setKey(profileKey);
    connect(job, &QKeychain::Job::finished, this, [this, profileKey](QKeychain::Job*) { Q_EMIT removed(profileKey); });
    job->start();
}

} // namespace Crego::Api
