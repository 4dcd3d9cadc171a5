// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "recordkind.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Crego::Api {
class ApiCall;
class ApiError;
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

//! Saving one record a form edits: a create for a new record, otherwise a PATCH of only the fields that
//! differ from the record as the server last sent it. A create is sent once: when its connection is lost
//! or it times out, failed() says the record may exist already instead of sending it again. A 401 waits
//! in the session for sign-in and the save resumes after it.
class RecordEditor final : public QObject
{
    Q_OBJECT

public:
    //! Why a save failed, for the form: reasons per field, a sentence for the top of the form, and whether
    //! a create may have reached the server although no answer came back.
    struct Failure
    {
        Core::FieldErrors fieldErrors;
        QString message;
        bool createMayHaveLanded = false;
    };

    //! \a original is the record as the server sent it; empty for a new record.
    RecordEditor(Api::CregoClient* client, RecordKind kind, const QJsonObject& original, QObject* parent = nullptr);

    RecordKind kind() const { return m_kind; }
    bool isNew() const { return recordId().isEmpty(); }
    QString recordId() const { return m_original.value(QStringLiteral("id")).toString(); }
    const QJsonObject& original() const { return m_original; }
    //! The fields of \a values that differ from the original (what a PATCH sends).
    QJsonObject changes(const QJsonObject& values) const;
    bool isSaving() const { return !m_call.isNull(); }

    //! Sends \a values; saved() or failed() follows. Nothing is sent while a save is under way, or when an
    //! existing record has no changes (saved() comes at once).
    void save(const QJsonObject& values);

Q_SIGNALS:
    //! The server's record after the save; later saves PATCH against it.
    void saved(const QJsonObject& record);
    void failed(const Crego::Models::RecordEditor::Failure& failure);

private:
    template<typename Record> void send(const QJsonObject& values);
    Failure failureFrom(const Api::ApiError& error) const;

    Api::CregoClient* m_client;
    RecordKind m_kind;
    QJsonObject m_original;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Crego::Models
