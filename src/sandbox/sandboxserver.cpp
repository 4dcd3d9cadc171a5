// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "stockserver.h"

#include "addressroutes.h"
#include "applicantroutes.h"
#include "bankroutes.h"
#include "documentroutes.h"
#include "documentrules.h"
#include "leadroutes.h"
#include "leadserviceroutes.h"
#include "logging.h"
#include "portfolioseeder.h"
#include "sandboxcontext.h"
#include "sandboxdatabase.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

namespace Crego::Sandbox {

namespace {

constexpr qint64 MaxJsonBody = qint64(1) * 1024 * 1024;
//! Room for an upload's form fields and multipart framing beside its file.
constexpr qint64 UploadFraming = 256 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

QString randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! The body with every lead's `line_summary` removed (leads list or one lead).
QByteArray withoutLineSummary(const QByteArray& body)
{
    QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return body;
    }
    QJsonObject object = document.object();
    object.remove(QStringLiteral("line_summary"));
    if (object.contains(QStringLiteral("results"))) {
        QJsonArray results = object.value(QStringLiteral("results")).toArray();
        for (qsizetype i = 0; i < results.size(); ++i) {
            QJsonObject lead = results[i].toObject();
            lead.remove(QStringLiteral("line_summary"));
            results[i] = lead;
        }
        object.insert(QStringLiteral("results"), results);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_faults(options.seed)
    , m_token(options.token.isEmpty() ? randomToken() : options.token)
    , m_adminToken(m_token)
{
    m_faults.setSettings(options.faults);
}

SandboxServer::~SandboxServer() = default;

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool SandboxServer::start(QString* error)
{
    const QString path = m_options.dataFile.isEmpty() ? SandboxOptions::defaultDataFile() : m_options.dataFile;
    m_database = std::make_unique<SandboxDatabase>(path);
    if (!m_database->open(error)) {
        return false;
    }
    m_context = std::make_unique<SandboxContext>(*m_database);
    m_context->maxUploadBytes = m_options.maxUploadBytes;
    if (m_database->isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        PortfolioSeeder seeder(*m_database,
            { m_context->leads, m_context->applicants, m_context->banks, m_context->addresses, m_context->documents },
            m_options.seed, QDateTime::currentDateTimeUtc());
        if (!seeder.seed(m_options.leads, error)) {
            return false;
        }
        if (!m_database->createIndexes(error)) {
            return false;
        }
        m_seedingMs = timer.elapsed();
        qCInfo(lcSandbox) << "seeded" << m_options.leads << "leads in" << m_seedingMs << "ms";
    } else if (!m_database->createIndexes(error)) {
        return false;
    } else if (m_database->summariesStale() && !m_context->leads.refreshSummaries()) {
        *error = tr("Cannot update the lead summaries in %1.").arg(path);
        return false;
    }
    LeadServiceRoutes::install(m_router, *m_context);
    LeadRoutes::install(m_router, *m_context);
    ApplicantRoutes::install(m_router, *m_context);
    BankRoutes::install(m_router, *m_context);
    AddressRoutes::install(m_router, *m_context);
    DocumentRoutes::install(m_router, *m_context);

    m_port = listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on 127.0.0.1:%1; is the port in use?").arg(m_options.port);
        return false;
    }
    return true;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const bool keepAlive = request.value("connection").toLower() != "close";
    FaultInjector::Decision decision;
    const SandboxResponse response = route(request, decision);
    const QPointer<QTcpSocket> guarded(socket);
    if (decision.latencyMs > 0) {
        QTimer::singleShot(decision.latencyMs, this,
            [this, guarded, response, decision, keepAlive] { write(guarded, response, decision, keepAlive); });
    } else {
        write(guarded, response, decision, keepAlive);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    write(socket, SandboxResponse::error(404, tr("No route for %1.").arg(request.url().path())), {}, true);
}

SandboxResponse SandboxServer::route(const QHttpServerRequest& request, FaultInjector::Decision& decision)
{
    SandboxRequest sandboxRequest;
    sandboxRequest.method = methodName(request.method());
    sandboxRequest.path = request.url().path();
    sandboxRequest.query = request.query();
    sandboxRequest.body = request.body();
    sandboxRequest.contentType = request.value("content-type");

    const bool upload = sandboxRequest.method == "POST" && sandboxRequest.path == u"/v1/crm/documents/";
    if (upload && sandboxRequest.body.size() > m_options.maxUploadBytes + UploadFraming) {
        return SandboxResponse::error(
            413, tr("The file is larger than %1.").arg(Core::DocumentRules::sizeText(m_options.maxUploadBytes)));
    }
    if (!upload && sandboxRequest.body.size() > MaxJsonBody) {
        return SandboxResponse::error(413, tr("The request body is too large."));
    }
    const FaultInjector::Settings& behaviour = m_faults.settings();
    const QByteArray authorization = request.value("authorization");
    const QString bearer
        = authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7).trimmed()) : QString();
    if (sandboxRequest.path == u"/v1/crm/health/" && sandboxRequest.method == "GET"
        && (!behaviour.healthRequiresToken || bearer == m_token)) {
        return SandboxResponse::json(200,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                { QStringLiteral("service"), QStringLiteral("crm") },
                { QStringLiteral("version"), QStringLiteral("sandbox-" CREGO_VERSION) },
                // A sandbox extension: the client checks a file's size before sending it.
                { QStringLiteral("max_upload_bytes"), m_options.maxUploadBytes } });
    }
    if (sandboxRequest.path.startsWith(u"/sandbox/")) {
        if (bearer != m_adminToken && bearer != m_token) {
            return SandboxResponse::error(401, tr("Authentication credentials were not provided."));
        }
        return adminRoute(sandboxRequest.method, sandboxRequest.path, sandboxRequest.body);
    }
    if (bearer.isEmpty()) {
        return SandboxResponse::error(401, tr("Authentication credentials were not provided."));
    }
    if (bearer != m_token) {
        return SandboxResponse::error(401, tr("Given token not valid for any token type"));
    }
    if (m_faults.countAuthorisedRequest()) {
        m_token = randomToken();
        Q_EMIT tokenRotated();
        return SandboxResponse::error(401, tr("Token is expired"));
    }
    decision = m_faults.decide();
    if (decision.serviceUnavailable) {
        SandboxResponse unavailable = SandboxResponse::error(503, tr("The service is briefly unavailable; retry."));
        unavailable.headers.append({ QByteArray("Retry-After"), QByteArray("1") });
        return behaviour.htmlErrors ? StockServer::htmlError(unavailable) : unavailable;
    }
    ++m_apiRequestCount;
    if (sandboxRequest.method != "GET" && sandboxRequest.contentType.startsWith("application/json")) {
        // What clients wrote, so tests can see that an edit sends only the changed fields.
        m_recentWrites.append(QJsonObject { { QStringLiteral("method"), QString::fromLatin1(sandboxRequest.method) },
            { QStringLiteral("path"), sandboxRequest.path },
            { QStringLiteral("body"), QJsonDocument::fromJson(sandboxRequest.body).object() } });
        while (m_recentWrites.size() > 50) {
            m_recentWrites.removeFirst();
        }
    }
    SandboxResponse response = dispatch(sandboxRequest, behaviour);
    // DRF answers its own 404s in JSON; a server error or an address nothing serves is an HTML page.
    if (behaviour.htmlErrors
        && (response.status >= 500 || (response.status == 404 && response.body.contains("No route")))) {
        return StockServer::htmlError(response);
    }
    return response;
}

SandboxResponse SandboxServer::dispatch(SandboxRequest& request, const FaultInjector::Settings& behaviour)
{
    const bool leadList = request.method == "GET" && request.path == u"/v1/crm/leads/";
    if (behaviour.ignoreExpand) {
        request.query.removeAllQueryItems(QStringLiteral("expand"));
    }
    if (leadList && behaviour.pagination == FaultInjector::Settings::Pagination::Cursor) {
        StockServer::readCursor(request);
    }
    std::optional<SandboxResponse> everyone;
    if (behaviour.ignoreUnknownFilters) {
        everyone = StockServer::unfilteredList(*m_context, request);
    }
    if (behaviour.omitProgramList && request.path == u"/v1/crm/programs/") {
        return SandboxResponse::error(404, tr("No route for %1.").arg(request.path));
    }
    SandboxResponse response = everyone ? *everyone : m_router.dispatch(request);
    if (behaviour.omitLineSummary && request.path.startsWith(u"/v1/crm/leads/")) {
        response.body = withoutLineSummary(response.body);
    }
    if (leadList && behaviour.pagination != FaultInjector::Settings::Pagination::Sandbox) {
        response = StockServer::paginate(response, behaviour.pagination, baseUrl());
    }
    if (response.status < 300
        && (behaviour.nullOptionals || behaviour.decimalStringAmounts || behaviour.millisecondTimestamps
            || behaviour.unreadableRecords)) {
        response.body = StockServer::reshape(response.body, behaviour);
    }
    return response;
}

SandboxResponse SandboxServer::adminRoute(const QByteArray& method, const QString& path, const QByteArray& body)
{
    if (path == u"/sandbox/faults/" && method == "GET") {
        return SandboxResponse::json(200, m_faults.toJson());
    }
    if (path == u"/sandbox/faults/" && method == "PUT") {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject()) {
            return SandboxResponse::error(400, tr("Expected a JSON object."));
        }
        const QString problem = m_faults.applyJson(document.object());
        return problem.isEmpty() ? SandboxResponse::json(200, m_faults.toJson()) : SandboxResponse::error(400, problem);
    }
    if (path == u"/sandbox/fail-next-write/" && method == "PUT") {
        m_database->failNextTransaction();
        return SandboxResponse::noContent();
    }
    if (path == u"/sandbox/requests/" && method == "GET") {
        return SandboxResponse::json(200, m_recentWrites);
    }
    if (path == u"/sandbox/token/" && method == "GET") {
        return SandboxResponse::json(200, QJsonObject { { QStringLiteral("token"), m_token } });
    }
    return SandboxResponse::error(404, tr("No route for %1.").arg(path));
}

void SandboxServer::write(QPointer<QTcpSocket> socket, const SandboxResponse& response,
    const FaultInjector::Decision& decision, bool keepAlive)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    QByteArray body = response.body;
    if (decision.malformed && !body.isEmpty()) {
        // Alternate the two kinds of broken body a proxy or a crashing server produces.
        body = (m_malformedCount++ % 2 == 0) ? body.left(body.size() / 2)
                                             : QByteArray("<html><body>502 Bad Gateway</body></html>");
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty()) {
        head += "Content-Type: " + response.contentType + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (decision.drop) {
        // Headers promise the whole body; the connection dies halfway through it.
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(head + body);
    // Into the kernel's buffer now: left to the event loop, the rest of a large body would wait until the
    // next request queued on this connection has been answered (a client asking a page ahead would get
    // both at once, and the server would then sit idle while it reads them).
    socket->flush();
    if (!keepAlive) {
        socket->disconnectFromHost();
    }
}

} // namespace Crego::Sandbox
