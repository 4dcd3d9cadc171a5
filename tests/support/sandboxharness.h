// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>

namespace Crego::Tests {

//! One HTTP exchange with the sandbox, as a test sees it.
struct HttpResult
{
    int status = 0; //!< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray& name) const;
};

//! A real sandbox server on 127.0.0.1 (port 0) over a temporary database, with a blocking HTTP client.
class SandboxHarness
{
public:
    explicit SandboxHarness(int leads = 40, quint32 seed = 7);
    ~SandboxHarness();

    //! Starts (or restarts, on the same data file) the server; false with a warning on failure.
    bool start();
    void stop();
    Sandbox::SandboxServer& server() { return *m_server; }
    QString dataFile() const { return m_directory.filePath(QStringLiteral("sandbox.sqlite")); }
    QUrl url(const QString& pathAndQuery) const;

    HttpResult get(const QString& path) { return send("GET", path); }
    HttpResult post(const QString& path, const QJsonObject& body) { return send("POST", path, json(body)); }
    HttpResult patch(const QString& path, const QJsonObject& body) { return send("PATCH", path, json(body)); }
    HttpResult put(const QString& path, const QJsonObject& body = {}) { return send("PUT", path, json(body)); }
    HttpResult remove(const QString& path) { return send("DELETE", path); }
    //! Any request; \a token empty means the server's current token, "-" means no Authorization header.
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray(),
        const QByteArray& contentType = "application/json", const QString& token = QString());

    //! The id of the first lead of the default list ordering.
    QString firstLeadId();

private:
    static QByteArray json(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    QTemporaryDir m_directory;
    Sandbox::SandboxOptions m_options;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

} // namespace Crego::Tests
