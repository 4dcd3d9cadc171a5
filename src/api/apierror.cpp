// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crego::Api {

namespace {

//! Flattens DRF's nested errors into "path" → reasons.
void flatten(const QJsonValue& value, const QString& path, QHash<QString, QStringList>& out)
{
    if (value.isString()) {
        out[path.isEmpty() ? QStringLiteral("non_field_errors") : path].append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array[i];
            // A list of strings is the reasons for this path; a list of objects is per element.
            flatten(item, item.isObject() ? path + QStringLiteral("[%1]").arg(i) : path, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        }
    }
}

} // namespace

ApiError::Band ApiError::bandForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 422:
        return Band::Validation;
    case 401:
        return Band::Unauthorized;
    case 403:
        return Band::Forbidden;
    case 404:
    case 410:
        return Band::NotFound;
    case 409:
        return Band::Conflict;
    case 429:
        return Band::RateLimited;
    case 408:
        return Band::Timeout;
    default:
        return httpStatus >= 500 ? Band::Server : Band::Validation;
    }
}

QString ApiError::describe(Band band, int httpStatus)
{
    switch (band) {
    case Band::None:
        return QString();
    case Band::Offline:
        return tr("Cannot reach the server. Check the network connection and the server address.");
    case Band::Timeout:
        return tr("The server took too long to answer. Try again.");
    case Band::Tls:
        return tr("The server's security certificate could not be verified, so the connection was not used.");
    case Band::Unauthorized:
        return tr("Your sign-in is missing or has expired. Enter a new token.");
    case Band::Forbidden:
        return tr("Your account is not allowed to do this.");
    case Band::NotFound:
        return tr("It no longer exists on the server; it may have been deleted.");
    case Band::Conflict:
        return tr("This conflicts with what is already on the server.");
    case Band::Validation:
        return tr("The server did not accept some of the values (HTTP %1).").arg(httpStatus);
    case Band::RateLimited:
        return tr("The server is busy with too many requests. Try again in a moment.");
    case Band::Server:
        return tr("The server had a problem (HTTP %1). Try again later.").arg(httpStatus);
    case Band::MalformedResponse:
        return tr("The server's answer could not be read.");
    case Band::Cancelled:
        return tr("Cancelled.");
    case Band::Refused:
        return tr("The request was not sent.");
    }
    return QString();
}

ApiError ApiError::fromResponse(int httpStatus, const QByteArray& body)
{
    const Band band = bandForStatus(httpStatus);
    ApiError error(band, httpStatus, describe(band, httpStatus));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QString detail = object.value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty() && object.size() <= 2) {
            // The band's sentence says what to do; the server's detail says what happened.
            const bool explain = band == Band::Unauthorized || band == Band::Server || band == Band::RateLimited;
            error.m_message = explain ? describe(band, httpStatus) + u' ' + detail : detail;
        } else {
            flatten(document.object(), QString(), error.m_fieldErrors);
        }
    } else if (document.isArray()) {
        flatten(document.array(), QString(), error.m_fieldErrors);
    }
    if (!error.m_fieldErrors.isEmpty() && band == Band::Validation) {
        QStringList lines;
        for (auto it = error.m_fieldErrors.constBegin(); it != error.m_fieldErrors.constEnd(); ++it) {
            lines.append(it.key() + QStringLiteral(": ") + it.value().join(u' '));
        }
        lines.sort();
        error.m_message = tr("Please correct: %1").arg(lines.join(QStringLiteral("; ")));
    }
    return error;
}

bool ApiError::isTransient() const
{
    return m_band == Band::Offline || m_band == Band::Timeout || m_band == Band::Server || m_band == Band::RateLimited
        || m_band == Band::MalformedResponse;
}

} // namespace Crego::Api
