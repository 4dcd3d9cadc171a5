// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "applicantrules.h"
#include "logging.h"
#include "secretbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace Crego::Models {

namespace {
const QString Suffix = QStringLiteral(".draft");
const QString AadhaarField = QStringLiteral("aadhaar_masked");
} // namespace

DraftStore::DraftStore(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{ }

void DraftStore::setKey(const QByteArray& key, bool persistent)
{
    m_key = key;
    m_persistent = persistent && key.size() == Core::SecretBox::KeySize;
    if (m_persistent) {
        // Forms opened before the keychain answered kept their drafts here.
        for (auto draft = m_memory.begin(); draft != m_memory.end();) {
            draft = writeFile(*draft) ? m_memory.erase(draft) : std::next(draft);
        }
    }
    Q_EMIT persistenceChanged(m_persistent);
}

QJsonObject DraftStore::withoutSecrets(QJsonObject values)
{
    if (values.contains(AadhaarField)) {
        const Core::ValidationResult aadhaar = Core::ApplicantRules::aadhaar(values.value(AadhaarField).toString());
        QString digits = values.value(AadhaarField).toString();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        // Valid: its masked form. Otherwise keep at most the last four digits typed.
        values.insert(AadhaarField, aadhaar.valid ? aadhaar.normalized : digits.right(4));
    }
    return values;
}

QString DraftStore::fileOf(const QString& draftId) const
{
    const QByteArray name = QCryptographicHash::hash(draftId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + u'/' + QString::fromLatin1(name) + Suffix;
}

void DraftStore::save(Draft draft)
{
    draft.values = withoutSecrets(draft.values);
    draft.savedAt = QDateTime::currentDateTimeUtc();
    if (!m_persistent) {
        m_memory.insert(draft.id, draft);
        return;
    }
    if (!writeFile(draft)) {
        qCWarning(lcModels) << "a draft could not be written; it stays in memory";
        m_memory.insert(draft.id, draft);
    }
}

bool DraftStore::writeFile(const Draft& draft)
{
    if (!QDir().mkpath(m_directory)) {
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(fileOf(draft.id));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(Core::SecretBox::seal(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact), m_key));
    return file.commit();
}

void DraftStore::remove(const QString& draftId)
{
    m_memory.remove(draftId);
    QFile::remove(fileOf(draftId));
}

QList<Draft> DraftStore::drafts(const QString& profile) const
{
    QList<Draft> found;
    for (const Draft& draft : m_memory) {
        if (draft.profile == profile) {
            found.append(draft);
        }
    }
    if (m_persistent) {
        const QDir folder(m_directory);
        for (const QString& name : folder.entryList({ u'*' + Suffix }, QDir::Files)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const std::optional<QByteArray> plain = Core::SecretBox::open(file.readAll(), m_key);
            const Draft draft = plain ? Draft::fromJson(QJsonDocument::fromJson(*plain).object()) : Draft();
            if (!plain) {
                qCWarning(lcModels) << "a draft could not be opened with this key and is left alone:" << name;
            } else if (draft.profile == profile && !m_memory.contains(draft.id)) {
                found.append(draft);
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Draft& a, const Draft& b) { return a.savedAt < b.savedAt; });
    return found;
}

} // namespace Crego::Models
