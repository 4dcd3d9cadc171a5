// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxharness.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace Crego::Tests {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QByteArray();
}

SandboxHarness::SandboxHarness(int leads, quint32 seed)
{
    m_options.leads = leads;
    m_options.seed = seed;
    m_options.token = QStringLiteral("test-token");
    m_options.dataFile = dataFile();
}

SandboxHarness::~SandboxHarness() = default;

bool SandboxHarness::start()
{
    m_server.reset();
    m_server = std::make_unique<Sandbox::SandboxServer>(m_options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return false;
    }
    return true;
}

void SandboxHarness::stop()
{
    m_server.reset();
}

QUrl SandboxHarness::url(const QString& pathAndQuery) const
{
    return QUrl(m_server->baseUrl().toString() + pathAndQuery);
}

HttpResult SandboxHarness::send(const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& contentType, const QString& token)
{
    QNetworkRequest request(url(path));
    if (token != u"-") {
        request.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_server->token() : token).toUtf8());
    }
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString SandboxHarness::firstLeadId()
{
    return get(QStringLiteral("/v1/crm/leads/?page_size=1"))
        .object()
        .value(QStringLiteral("results"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

} // namespace Crego::Tests
