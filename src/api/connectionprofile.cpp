// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include <QHostAddress>

namespace Crego::Api {

ConnectionProfile ConnectionProfile::sandbox(const QUrl& url)
{
    ConnectionProfile profile;
    profile.m_kind = Kind::Sandbox;
    profile.m_baseUrl = url;
    return profile;
}

ConnectionProfile ConnectionProfile::preprod()
{
    ConnectionProfile profile;
    profile.m_kind = Kind::Preprod;
    profile.m_baseUrl = QUrl(QStringLiteral("https://preprod.api.crego.io"));
    return profile;
}

ConnectionProfile ConnectionProfile::custom(const QUrl& url)
{
    ConnectionProfile profile;
    profile.m_kind = Kind::Custom;
    profile.m_baseUrl = url;
    return profile;
}

QString ConnectionProfile::key() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Preprod:
        return QStringLiteral("preprod");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom:") + m_baseUrl.host()
        + (m_baseUrl.port() > 0 ? u':' + QString::number(m_baseUrl.port()) : QString());
}

QString ConnectionProfile::reportName() const
{
    return tr("%1 (%2)").arg(displayName(), m_baseUrl.toString());
}

QString ConnectionProfile::displayName() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return tr("Sandbox");
    case Kind::Preprod:
        return tr("Crego preprod");
    case Kind::Custom:
        break;
    }
    return m_baseUrl.host();
}

bool ConnectionProfile::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionProfile::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("Enter a server address such as https://preprod.api.crego.io");
    }
    if (url.scheme() == u"https") {
        return QString();
    }
    if (url.scheme() == u"http") {
        return isLoopback(url)
            ? QString()
            : tr("Use https:// for %1; plain http:// is only allowed for this computer (loopback).").arg(url.host());
    }
    return tr("The address must start with https://");
}

} // namespace Crego::Api
