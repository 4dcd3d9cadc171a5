// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "cregoclient.h"
#include "jsoncodec.h"
#include "logging.h"

#include <QJsonArray>

namespace Crego::Models {

RecordEditor::RecordEditor(Api::CregoClient* client, RecordKind kind, const QJsonObject& original, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_original(original)
{ }

QJsonObject RecordEditor::changes(const QJsonObject& values) const
{
    QJsonObject changed;
    for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
        const QJsonValue before = m_original.value(value.key());
        // An absent field and an empty one are the same to the user.
        const bool bothEmpty = (before.isUndefined() || before.isNull() || before == QJsonValue(QString())
                                   || before == QJsonValue(QJsonArray()))
            && (value->isNull() || *value == QJsonValue(QString()) || *value == QJsonValue(QJsonArray()));
        if (*value != before && !bothEmpty) {
            changed.insert(value.key(), *value);
        }
    }
    return changed;
}

void RecordEditor::save(const QJsonObject& values)
{
    if (isSaving()) {
        return;
    }
    switch (m_kind) {
    case RecordKind::Applicant:
        send<Core::Applicant>(values);
        break;
    case RecordKind::BankAccount:
        send<Core::BankAccount>(values);
        break;
    case RecordKind::Address:
        send<Core::Address>(values);
        break;
    case RecordKind::Document:
        send<Core::Document>(values);
        break;
    }
}

template<typename Record> void RecordEditor::send(const QJsonObject& values)
{
    const auto done = [this](const Api::ApiResult<Record>& result) {
        m_call.clear();
        if (!result.ok()) {
            Q_EMIT failed(failureFrom(result.error()));
            return;
        }
        m_original = Core::JsonCodec::encode(result.value());
        Q_EMIT saved(m_original);
    };
    if constexpr (std::is_same_v<Record, Core::Document>) {
        if (isNew()) { // a document comes from uploading its file, not from a form
            Q_EMIT failed({ {}, tr("A document is added by uploading its file."), false });
            return;
        }
    }
    if (isNew()) {
        Record record {};
        Core::JsonError error;
        if (!Core::JsonCodec::decode(QJsonDocument(values).toJson(QJsonDocument::Compact), record, error)) {
            Q_EMIT failed({ {}, tr("The form could not be read: %1").arg(error.toString()), false });
            return;
        }
        if constexpr (std::is_same_v<Record, Core::Applicant>) {
            m_call = m_client->createApplicant(record, this, done);
        } else if constexpr (std::is_same_v<Record, Core::BankAccount>) {
            m_call = m_client->addBank(record, this, done);
        } else if constexpr (std::is_same_v<Record, Core::Address>) {
            m_call = m_client->addAddress(record, this, done);
        }
        return;
    }
    const QJsonObject changed = changes(values);
    if (changed.isEmpty()) {
        Q_EMIT saved(m_original);
        return;
    }
    qCInfo(lcModels) << "saving" << recordKindKey(m_kind) << recordId() << "fields" << changed.keys();
    if constexpr (std::is_same_v<Record, Core::Applicant>) {
        m_call = m_client->updateApplicant(recordId(), changed, this, done);
    } else if constexpr (std::is_same_v<Record, Core::BankAccount>) {
        m_call = m_client->updateBank(recordId(), changed, this, done);
    } else if constexpr (std::is_same_v<Record, Core::Address>) {
        m_call = m_client->updateAddress(recordId(), changed, this, done);
    } else {
        m_call = m_client->updateDocument(recordId(), changed, this, done);
    }
}

RecordEditor::Failure RecordEditor::failureFrom(const Api::ApiError& error) const
{
    using Band = Api::ApiError::Band;
    Failure failure;
    if (error.band() == Band::Validation) {
        for (auto field = error.fieldErrors().cbegin(); field != error.fieldErrors().cend(); ++field) {
            const bool general
                = field.key().isEmpty() || field.key() == u"non_field_errors" || field.key() == u"detail";
            failure.fieldErrors.insert(general ? QString() : field.key(), field.value().join(QLatin1Char(' ')));
        }
        const QString general = failure.fieldErrors.take(QString());
        failure.message = general.isEmpty()
            ? tr("The server did not accept the marked fields; correct them and save again.")
            : tr("The server did not accept this record: %1").arg(general);
        return failure;
    }
    if (isNew() && (error.band() == Band::Offline || error.band() == Band::Timeout)) {
        failure.createMayHaveLanded = true;
        failure.message
            = tr("The connection was lost before the server answered, so it may already have created "
                 "this record. It was not sent again: press Check the List to see whether it is there before "
                 "you save again. Your entries are kept.");
        return failure;
    }
    failure.message = tr("Not saved: %1 Your entries are kept; save again when ready.").arg(error.message());
    return failure;
}

} // namespace Crego::Models
