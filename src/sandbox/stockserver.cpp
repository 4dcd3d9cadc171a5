// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockserver.h"

#include "sandboxcontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crego::Sandbox {

namespace {

using Pagination = FaultInjector::Settings::Pagination;

QString encodeCursor(int page)
{
    return QString::fromLatin1(QByteArray("p=" + QByteArray::number(page))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! The sandbox's relative page link as the server's absolute link in \a style, or null.
QJsonValue link(const QJsonValue& relative, Pagination style, const QUrl& base)
{
    if (!relative.isString()) {
        return QJsonValue();
    }
    QUrl url = base.resolved(QUrl(relative.toString()));
    if (style == Pagination::Cursor) {
        QUrlQuery query(url);
        const int page = query.queryItemValue(QStringLiteral("page")).toInt();
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("cursor"), encodeCursor(page));
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

bool isAmountKey(const QString& key)
{
    return key.endsWith(u"_amount") || key.endsWith(u"_outstanding") || key.endsWith(u"_paid")
        || key == u"excess_payment" || key.startsWith(u"total_due_");
}

bool isTimeKey(const QString& key)
{
    return key.endsWith(u"_at") || key.endsWith(u"_date");
}

QJsonValue reshapeValue(const QString& key, const QJsonValue& value, const FaultInjector::Settings& settings)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = reshapeValue(it.key(), it.value(), settings);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        if (key == u"tags" && settings.nullOptionals) {
            if (array.isEmpty()) {
                return QJsonValue();
            }
            for (qsizetype i = 0; i < array.size(); ++i) {
                array[i] = QJsonObject { { QStringLiteral("id"), int(i + 1) }, { QStringLiteral("name"), array[i] } };
            }
            return array;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            array[i] = reshapeValue(key, array[i], settings);
        }
        return array;
    }
    if (value.isString() && value.toString().isEmpty() && settings.nullOptionals) {
        return QJsonValue();
    }
    if (value.isDouble() && settings.decimalStringAmounts && isAmountKey(key)) {
        return QString::number(value.toDouble(), 'f', 2);
    }
    if (value.isDouble() && settings.millisecondTimestamps && isTimeKey(key)) {
        return double(qint64(value.toDouble() * 1000.0));
    }
    return value;
}

//! \a list (an array or a page of results) with a time no one can read in its first record.
QJsonValue withUnreadableFirstRecord(const QJsonValue& list)
{
    const bool page = list.isObject() && list.toObject().contains(QStringLiteral("results"));
    QJsonArray records = page ? list.toObject().value(QStringLiteral("results")).toArray() : list.toArray();
    if (records.isEmpty() || (!page && !list.isArray())) {
        return list;
    }
    QJsonObject first = records.first().toObject();
    first.insert(QStringLiteral("created_at"), QStringLiteral("soon"));
    records[0] = first;
    if (!page) {
        return records;
    }
    QJsonObject object = list.toObject();
    object.insert(QStringLiteral("results"), records);
    return object;
}

} // namespace

void StockServer::readCursor(SandboxRequest& request)
{
    const QByteArray cursor = QByteArray::fromBase64(
        request.queryValue(QStringLiteral("cursor")).toLatin1(), QByteArray::Base64UrlEncoding);
    request.query.removeAllQueryItems(QStringLiteral("cursor"));
    request.query.removeAllQueryItems(QStringLiteral("page"));
    if (cursor.startsWith("p=")) {
        request.query.addQueryItem(QStringLiteral("page"), QString::fromLatin1(cursor.mid(2)));
    }
}

std::optional<SandboxResponse> StockServer::unfilteredList(SandboxContext& context, const SandboxRequest& request)
{
    if (request.method != "GET" || request.queryValue(QStringLiteral("lead")).isEmpty()) {
        return std::nullopt;
    }
    const QList<QPair<QString, ResourceTable*>> lists {
        { QStringLiteral("/v1/crm/applicants/"), &context.applicants },
        { QStringLiteral("/v1/crm/banks/"), &context.banks },
        { QStringLiteral("/v1/crm/documents/"), &context.documents },
        { QStringLiteral("/v1/crm/addresses/"), &context.addresses },
    };
    for (const auto& [path, table] : lists) {
        if (request.path == path && request.query.queryItems().size() == 1) {
            QJsonArray everyone;
            for (const QJsonObject& row : table->listAll()) {
                everyone.append(row);
            }
            return SandboxResponse::json(200, everyone);
        }
    }
    return std::nullopt;
}

SandboxResponse StockServer::paginate(const SandboxResponse& response, Pagination style, const QUrl& base)
{
    const QJsonObject page = QJsonDocument::fromJson(response.body).object();
    if (response.status != 200 || !page.contains(QStringLiteral("results"))) {
        return response;
    }
    if (style == Pagination::PageNumber && page.value(QStringLiteral("results")).toArray().isEmpty()
        && page.value(QStringLiteral("current_page")).toInt() > 1) {
        return SandboxResponse::error(404, QCoreApplication::translate("StockServer", "Invalid page."));
    }
    QJsonObject reshaped {
        { QStringLiteral("next"), link(page.value(QStringLiteral("next")), style, base) },
        { QStringLiteral("previous"), link(page.value(QStringLiteral("previous")), style, base) },
        { QStringLiteral("results"), page.value(QStringLiteral("results")) },
    };
    if (style == Pagination::PageNumber) {
        reshaped.insert(QStringLiteral("count"), page.value(QStringLiteral("count")));
    }
    return SandboxResponse::json(200, reshaped);
}

QByteArray StockServer::reshape(const QByteArray& body, const FaultInjector::Settings& settings)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        return body;
    }
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QJsonValue reshaped = reshapeValue(QString(), root, settings);
    if (settings.unreadableRecords) {
        reshaped = withUnreadableFirstRecord(reshaped);
    }
    return reshaped.isArray() ? QJsonDocument(reshaped.toArray()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(reshaped.toObject()).toJson(QJsonDocument::Compact);
}

SandboxResponse StockServer::htmlError(const SandboxResponse& response)
{
    SandboxResponse page = response;
    page.contentType = "text/html; charset=utf-8";
    const QByteArray title = response.status >= 500
        ? QByteArray("Server Error (") + QByteArray::number(response.status) + ')'
        : QByteArray("Not Found");
    page.body = "<!doctype html>\n<html lang=\"en\"><head><title>" + title + "</title></head><body><h1>" + title
        + "</h1><p>The requested resource was not found on this server.</p></body></html>\n";
    return page;
}

} // namespace Crego::Sandbox
