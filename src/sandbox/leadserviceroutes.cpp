// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadserviceroutes.h"

#include "jsoncodec.h"
#include "leadcolumns.h"
#include "leadlistquery.h"
#include "leadlistworkbook.h"
#include "requestbody.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace Crego::Sandbox {

namespace {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

const QStringList& LeadServiceRoutes::services()
{
    static const QStringList names { QStringLiteral("los"), QStringLiteral("lms") };
    return names;
}

void LeadServiceRoutes::install(SandboxRouter& router, SandboxContext& context)
{
    // Before /v1/crm/leads/{id}/ would see "download_excel" as an id (that route has no PUT anyway).
    router.add("PUT", QStringLiteral("/v1/crm/leads/download_excel/"),
        [&context](const SandboxRequest& request) { return downloadExcel(context, request); });
    router.add(
        "GET", QStringLiteral("/v1/crm/leads/{id}/service_accounts/"), [&context](const SandboxRequest& request) {
            const QString id = request.capture(QStringLiteral("id"));
            if (!context.leads.lead(id)) {
                return SandboxResponse::error(404, tr("Not found."));
            }
            QJsonArray accounts;
            for (const QJsonObject& account : context.serviceAccounts.listByLead(id)) {
                accounts.append(account);
            }
            return SandboxResponse::json(200, accounts);
        });
    router.add("POST", QStringLiteral("/v1/crm/leads/{id}/send_to_service/"),
        [&context](const SandboxRequest& request) { return sendToService(context, request); });
    router.add("POST", QStringLiteral("/v1/crm/leads/{id}/token/"),
        [&context](const SandboxRequest& request) { return borrowerToken(context, request); });
}

SandboxResponse LeadServiceRoutes::sendToService(SandboxContext& context, const SandboxRequest& request)
{
    const QString leadId = request.capture(QStringLiteral("id"));
    if (!context.leads.lead(leadId)) {
        return SandboxResponse::error(404, tr("Not found."));
    }
    SandboxResponse error;
    const std::optional<QJsonObject> body = RequestBody::object(request, error);
    if (!body) {
        return error;
    }
    const QString service = body->value(QStringLiteral("service")).toString();
    if (!services().contains(service)) {
        return SandboxResponse::fieldErrors(RequestBody::fieldError(QStringLiteral("service"),
            tr("\"%1\" is not a valid choice; use %2.").arg(service, services().join(QStringLiteral(", ")))));
    }
    for (const QJsonObject& account : context.serviceAccounts.listByLead(leadId)) {
        if (account.value(QStringLiteral("service")).toString() == service) {
            return SandboxResponse::error(409,
                tr("This lead already has a %1 account (%2).")
                    .arg(service.toUpper(), account.value(QStringLiteral("account_id")).toString()));
        }
    }
    const double now = SandboxContext::now();
    const QString id = SandboxContext::newId();
    const QJsonObject account {
        { QStringLiteral("id"), id },
        { QStringLiteral("lead"), leadId },
        { QStringLiteral("service"), service },
        { QStringLiteral("account_id"), QString(service.toUpper() + u'-' + id.left(8).toUpper()) },
        { QStringLiteral("status"), QStringLiteral("created") },
        { QStringLiteral("created_at"), now },
        { QStringLiteral("updated_at"), now },
    };
    if (!context.database.transaction([&] { return context.serviceAccounts.insert(leadId, leadId, account); })) {
        return SandboxResponse::error(500, tr("The lead could not be sent; nothing was changed."));
    }
    return SandboxResponse::json(201, account);
}

SandboxResponse LeadServiceRoutes::borrowerToken(SandboxContext& context, const SandboxRequest& request)
{
    const QString leadId = request.capture(QStringLiteral("id"));
    if (!context.leads.lead(leadId)) {
        return SandboxResponse::error(404, tr("Not found."));
    }
    const QString access = randomToken();
    const QString refresh = randomToken();
    const bool stored = context.database.transaction([&] {
        QSqlQuery query(context.database.database());
        query.prepare(
            QStringLiteral("INSERT INTO tokens (token, lead_id, kind) VALUES (?, ?, 'access'), (?, ?, 'refresh')"));
        query.addBindValue(access);
        query.addBindValue(leadId);
        query.addBindValue(refresh);
        query.addBindValue(leadId);
        return query.exec();
    });
    if (!stored) {
        return SandboxResponse::error(500, tr("The token could not be issued."));
    }
    return SandboxResponse::json(201,
        QJsonObject { { QStringLiteral("access"), access }, { QStringLiteral("refresh"), refresh },
            { QStringLiteral("expires_in"), 23400 }, { QStringLiteral("token_type"), QStringLiteral("Bearer") } });
}

SandboxResponse LeadServiceRoutes::downloadExcel(SandboxContext& context, const SandboxRequest& request)
{
    // The body carries the same filters as the list's query string.
    SandboxResponse error;
    const std::optional<QJsonObject> body
        = request.body.isEmpty() ? QJsonObject() : RequestBody::object(request, error);
    if (!body) {
        return error;
    }
    QUrlQuery filters;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        filters.addQueryItem(
            it.key(), it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString());
    }
    filters.removeAllQueryItems(QStringLiteral("page"));
    filters.removeAllQueryItems(QStringLiteral("page_size"));
    filters.addQueryItem(QStringLiteral("page_size"), QString::number(LeadListQuery::MaxPageSize));
    // The workbook is written by the app's own export layer, beside nothing else: a temporary folder.
    const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("leads.xlsx"));
    QStringList described;
    for (const auto& [key, value] : QUrlQuery(filters).queryItems()) {
        if (key != u"page_size") {
            described.append(QStringLiteral("%1: %2").arg(key, value));
        }
    }
    Export::LeadListWorkbook workbook(path, Export::LeadColumns::keys(),
        { described.join(QStringLiteral("; ")), tr("Crego sandbox (server export)"), QDateTime::currentDateTime(),
            false });
    if (!workbook.isOpen()) {
        return SandboxResponse::error(500, tr("The export could not be written: %1").arg(workbook.error()));
    }
    for (int page = 1;; ++page) {
        filters.removeAllQueryItems(QStringLiteral("page"));
        filters.addQueryItem(QStringLiteral("page"), QString::number(page));
        const LeadListQuery query = LeadListQuery::parse(filters, context.database.hasFullTextSearch());
        if (!query.isValid()) {
            return SandboxResponse::fieldErrors(query.errors());
        }
        const LeadStore::ListResult result = context.leads.list(query);
        QList<Core::Lead> leads;
        leads.reserve(result.leads.size());
        for (const QJsonObject& object : result.leads) {
            Core::Lead lead;
            Core::JsonError unreadable;
            if (Core::JsonCodec::decode(QJsonDocument(object).toJson(QJsonDocument::Compact), lead, unreadable)) {
                leads.append(lead);
            }
        }
        workbook.append(leads);
        if (qint64(page) * query.pageSize() >= result.count) {
            break;
        }
    }
    QFile file(path);
    if (!workbook.commit() || !file.open(QIODevice::ReadOnly)) {
        return SandboxResponse::error(500, tr("The export could not be written: %1").arg(workbook.error()));
    }
    SandboxResponse response { 200, file.readAll(),
        QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), {} };
    response.headers.append({ QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"leads.xlsx\"") });
    return response;
}

} // namespace Crego::Sandbox
