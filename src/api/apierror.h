// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Crego::Api {

//! Why a call failed, in bands the UI can act on, with a translated sentence for the user and, for
//! validation errors, the server's reasons per field ("applicants[0].pan").
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Band {
        None,
        Offline, //!< no connection, refused, dropped, host not found
        Timeout,
        Tls, //!< certificate or handshake failure; never ignored
        Unauthorized, //!< 401: the token is missing, wrong or expired
        Forbidden, //!< 403
        NotFound, //!< 404
        Conflict, //!< 409
        Validation, //!< 400/422 with field errors
        RateLimited, //!< 429
        Server, //!< 5xx
        MalformedResponse, //!< a body that does not decode
        Cancelled,
        Refused, //!< the client refused to send (insecure URL, too large a file)
    };

    ApiError() = default;
    ApiError(Band band, int httpStatus, const QString& message)
        : m_band(band)
        , m_httpStatus(httpStatus)
        , m_message(message)
    { }

    //! The band for an HTTP status that is not a success.
    static Band bandForStatus(int httpStatus);
    //! A translated sentence for \a band, used when the server gave no better one.
    static QString describe(Band band, int httpStatus);
    //! Reads DRF error bodies: `{"detail": "..."}` or `{"field": ["reason"], "applicants": [{}, {...}]}`.
    static ApiError fromResponse(int httpStatus, const QByteArray& body);

    bool isError() const { return m_band != Band::None; }
    Band band() const { return m_band; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }
    //! Field path → reasons; flattened from nested DRF errors.
    const QHash<QString, QStringList>& fieldErrors() const { return m_fieldErrors; }
    void setFieldErrors(const QHash<QString, QStringList>& errors) { m_fieldErrors = errors; }
    //! Whether the same request may succeed if sent again (network errors, timeouts, 5xx, 429).
    bool isTransient() const;

private:
    Band m_band = Band::None;
    int m_httpStatus = 0;
    QString m_message;
    QHash<QString, QStringList> m_fieldErrors;
};

} // namespace Crego::Api

Q_DECLARE_METATYPE(Crego::Api::ApiError)
