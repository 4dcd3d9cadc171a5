// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultinjector.h"
#include "sandboxoptions.h"
#include "sandboxresponse.h"
#include "sandboxrouter.h"

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace Crego::Sandbox {

class SandboxDatabase;
struct SandboxContext;

//! The local Crego API server: every endpoint of the contract over a seeded SQLite portfolio, on
//! 127.0.0.1 only, with bearer-token auth and switchable fault injection.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    //! Opens (and on first use seeds) the database and starts listening.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    //! The bearer token requests must carry now (it changes when auth expiry is injected).
    QString token() const { return m_token; }
    FaultInjector& faults() { return m_faults; }
    //! Milliseconds the first-start seeding took; 0 when the data file already existed.
    qint64 seedingMs() const { return m_seedingMs; }
    //! Requests to the API (not health, not the admin routes) the server has dispatched so far.
    quint64 apiRequestCount() const { return m_apiRequestCount; }

Q_SIGNALS:
    //! The accepted token changed because injected auth expiry kicked in.
    void tokenRotated();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxResponse route(const QHttpServerRequest& request, FaultInjector::Decision& decision);
    //! Routes an authorised API request, with the stock-server behaviours \a behaviour asks for.
    SandboxResponse dispatch(SandboxRequest& request, const FaultInjector::Settings& behaviour);
    SandboxResponse adminRoute(const QByteArray& method, const QString& path, const QByteArray& body);
    void write(QPointer<QTcpSocket> socket, const SandboxResponse& response, const FaultInjector::Decision& decision,
        bool keepAlive);

    SandboxOptions m_options;
    std::unique_ptr<SandboxDatabase> m_database;
    std::unique_ptr<SandboxContext> m_context;
    SandboxRouter m_router;
    FaultInjector m_faults;
    QString m_token;
    QString m_adminToken;
    quint16 m_port = 0;
    qint64 m_seedingMs = 0;
    quint64 m_malformedCount = 0;
    quint64 m_apiRequestCount = 0;
    QJsonArray m_recentWrites; //!< the last writes' method, path and body, for tests (GET /sandbox/requests/)
};

} // namespace Crego::Sandbox
