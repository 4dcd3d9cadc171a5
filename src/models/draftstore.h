// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draft.h"

#include <QHash>
#include <QObject>

namespace Crego::Models {

//! Where unsaved forms wait: one file per draft in the app-data folder, sealed with libsodium's secretbox
//! under a key from the keychain (Api::DraftKeyring), owner-only (0600, folder 0700). Without a keychain key
//! the drafts stay in memory for this session only, and isPersistent() says so. A draft never keeps a full
//! Aadhaar number: only its last four digits.
class DraftStore final : public QObject
{
    Q_OBJECT

public:
    //! \a directory: where the draft files go (created owner-only when first needed).
    explicit DraftStore(const QString& directory, QObject* parent = nullptr);

    //! The key from the keychain; \a persistent false keeps every draft in memory. Drafts written to memory
    //! before a persistent key arrived go to disk now; persistenceChanged() follows.
    void setKey(const QByteArray& key, bool persistent);
    bool isPersistent() const { return m_persistent; }
    QString directory() const { return m_directory; }

    void save(Draft draft);
    void remove(const QString& draftId);
    //! The drafts of \a profile, oldest first; files that cannot be opened (another key, damaged) are skipped.
    QList<Draft> drafts(const QString& profile) const;

    //! What a draft may keep of the form's \a values: an Aadhaar field reduced to its masked last four.
    static QJsonObject withoutSecrets(QJsonObject values);

Q_SIGNALS:
    void persistenceChanged(bool persistent);

private:
    //! Seals \a draft into its file; false when it could not be written.
    bool writeFile(const Draft& draft);
    QString fileOf(const QString& draftId) const;

    QString m_directory;
    QByteArray m_key;
    bool m_persistent = false;
    QHash<QString, Draft> m_memory;
};

} // namespace Crego::Models
