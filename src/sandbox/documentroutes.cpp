// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentroutes.h"

#include "document.h"
#include "documentrules.h"
#include "multipartparser.h"
#include "recordvalidator.h"
#include "requestbody.h"

#include <QSqlQuery>

namespace Crego::Sandbox {

namespace {

SandboxResponse notFound()
{
    return SandboxResponse::error(404, DocumentRoutes::tr("Not found."));
}

QJsonObject withDownloadUrl(QJsonObject document)
{
    document.insert(QStringLiteral("download_url"),
        QStringLiteral("/v1/crm/documents/%1/download/").arg(document.value(QStringLiteral("id")).toString()));
    return document;
}

//! The lead a document's related record belongs to; empty when that record does not exist.
QString leadOfRelated(SandboxContext& context, const QString& model, const QString& id)
{
    if (model == u"lead") {
        return context.leads.lead(id) ? id : QString();
    }
    if (model == u"applicant") {
        return context.applicants.leadOf(id);
    }
    if (model == u"bank") {
        return context.banks.leadOf(id);
    }
    return QString();
}

//! A one-page PDF standing in for seeded documents, whose files were never uploaded.
QByteArray placeholderPdf(const QString& title)
{
    QByteArray text = title.toLatin1();
    text.replace('(', ' ').replace(')', ' ').replace('\\', ' ');
    const QByteArray stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
        ">>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

void DocumentRoutes::install(SandboxRouter& router, SandboxContext& context)
{
    router.add("POST", QStringLiteral("/v1/crm/documents/"),
        [&context](const SandboxRequest& request) { return upload(context, request); });
    router.add("GET", QStringLiteral("/v1/crm/documents/"), [&context](const SandboxRequest& request) {
        const QString related = request.queryValue(QStringLiteral("related_model_id"));
        const QString lead = request.queryValue(QStringLiteral("lead"));
        if (related.isEmpty() && lead.isEmpty()) {
            return SandboxResponse::error(400, tr("Filter the list with ?related_model_id= or ?lead=."));
        }
        QJsonArray documents;
        const QList<QJsonObject> rows
            = related.isEmpty() ? context.documents.listByLead(lead) : context.documents.listByOwner(related);
        for (const QJsonObject& document : rows) {
            documents.append(withDownloadUrl(document));
        }
        return SandboxResponse::json(200, documents);
    });
    router.add("GET", QStringLiteral("/v1/crm/documents/{id}/"), [&context](const SandboxRequest& request) {
        const std::optional<QJsonObject> document = context.documents.find(request.capture(QStringLiteral("id")));
        return document ? SandboxResponse::json(200, withDownloadUrl(*document)) : notFound();
    });
    router.add("PATCH", QStringLiteral("/v1/crm/documents/{id}/"),
        [&context](const SandboxRequest& request) { return update(context, request); });
    router.add("DELETE", QStringLiteral("/v1/crm/documents/{id}/"), [&context](const SandboxRequest& request) {
        const QString id = request.capture(QStringLiteral("id"));
        const bool removed = context.database.transaction([&] {
            QSqlQuery content(context.database.database());
            content.prepare(QStringLiteral("DELETE FROM documents_content WHERE id = ?"));
            content.addBindValue(id);
            return content.exec() && context.documents.remove(id);
        });
        return removed ? SandboxResponse::noContent() : notFound();
    });
    router.add("GET", QStringLiteral("/v1/crm/documents/{id}/download/"),
        [&context](const SandboxRequest& request) { return download(context, request); });
}

SandboxResponse DocumentRoutes::upload(SandboxContext& context, const SandboxRequest& request)
{
    const std::optional<QList<MultipartParser::Part>> parts = MultipartParser::parse(request.contentType, request.body);
    if (!parts) {
        return SandboxResponse::error(400, tr("Send the document as multipart/form-data with a \"file\" part."));
    }
    QHash<QByteArray, MultipartParser::Part> byName;
    for (const MultipartParser::Part& part : *parts) {
        byName.insert(part.name, part);
    }
    const auto fieldText = [&byName](const char* name) { return QString::fromUtf8(byName.value(name).data).trimmed(); };
    const MultipartParser::Part file = byName.value("file");
    if (file.data.size() > context.maxUploadBytes) {
        return SandboxResponse::error(
            413, tr("The file is larger than %1.").arg(Core::DocumentRules::sizeText(context.maxUploadBytes)));
    }
    QJsonObject document {
        { QStringLiteral("related_model"),
            fieldText("related_model").isEmpty() ? QStringLiteral("lead") : fieldText("related_model") },
        { QStringLiteral("related_model_id"), fieldText("related_model_id") },
        { QStringLiteral("document_type"), fieldText("document_type") },
        { QStringLiteral("name"), fieldText("name").isEmpty() ? QString::fromUtf8(file.fileName) : fieldText("name") },
        { QStringLiteral("notes"), fieldText("notes") },
    };
    QJsonObject errors = RecordValidator::fromFieldErrors(Core::DocumentRules::check(document));
    const QString contentType = Core::DocumentRules::sniff(file.data.left(4096));
    if (file.fileName.isEmpty() && file.data.isEmpty()) {
        errors.insert(QStringLiteral("file"), QJsonArray { tr("No file was submitted.") });
    } else if (file.data.isEmpty()) {
        errors.insert(QStringLiteral("file"), QJsonArray { tr("The submitted file is empty.") });
    } else if (contentType.isEmpty()) {
        errors.insert(
            QStringLiteral("file"), QJsonArray { tr("Only PDF, PNG, JPEG, TIFF and plain-text files are accepted.") });
    }
    const QString leadId = relatedError(context, document, errors);
    if (!errors.isEmpty()) {
        return SandboxResponse::fieldErrors(errors);
    }
    const double now = SandboxContext::now();
    const QString id = SandboxContext::newId();
    document.insert(QStringLiteral("id"), id);
    document.insert(QStringLiteral("content_type"), contentType);
    document.insert(QStringLiteral("size"), file.data.size());
    document.insert(QStringLiteral("status"), QStringLiteral("uploaded"));
    document.insert(QStringLiteral("created_at"), now);
    document.insert(QStringLiteral("updated_at"), now);
    const bool written = context.database.transaction([&] {
        QSqlQuery content(context.database.database());
        content.prepare(QStringLiteral("INSERT INTO documents_content (id, content) VALUES (?, ?)"));
        content.addBindValue(id);
        content.addBindValue(file.data);
        return content.exec()
            && context.documents.insert(
                leadId, document.value(QStringLiteral("related_model_id")).toString(), document);
    });
    return written ? SandboxResponse::json(201, withDownloadUrl(document))
                   : SandboxResponse::error(500, tr("The document could not be saved; nothing was changed."));
}

QString DocumentRoutes::relatedError(SandboxContext& context, const QJsonObject& document, QJsonObject& errors)
{
    if (errors.contains(QStringLiteral("related_model_id"))) {
        return QString();
    }
    const QString model = document.value(QStringLiteral("related_model")).toString();
    const QString relatedId = document.value(QStringLiteral("related_model_id")).toString();
    const QString leadId = leadOfRelated(context, model, relatedId);
    if (leadId.isEmpty()) {
        errors.insert(
            QStringLiteral("related_model_id"), QJsonArray { tr("No %1 has id \"%2\".").arg(model, relatedId) });
    }
    return leadId;
}

SandboxResponse DocumentRoutes::update(SandboxContext& context, const SandboxRequest& request)
{
    const QString id = request.capture(QStringLiteral("id"));
    std::optional<QJsonObject> document = context.documents.find(id);
    if (!document) {
        return notFound();
    }
    SandboxResponse error;
    const std::optional<QJsonObject> patch = RequestBody::object(request, error);
    if (!patch) {
        return error;
    }
    static const QStringList editable { QStringLiteral("document_type"), QStringLiteral("name"),
        QStringLiteral("notes"), QStringLiteral("status"), QStringLiteral("related_model"),
        QStringLiteral("related_model_id") };
    for (auto it = patch->constBegin(); it != patch->constEnd(); ++it) {
        if (!editable.contains(it.key())) {
            return SandboxResponse::fieldErrors(RequestBody::fieldError(it.key(), tr("This field cannot be changed.")));
        }
        document->insert(it.key(), it.value());
    }
    QJsonObject errors = RequestBody::typeErrors<Core::Document>(*document);
    if (errors.isEmpty()) {
        errors = RecordValidator::fromFieldErrors(Core::DocumentRules::check(*document));
    }
    const QString previousLead = context.documents.leadOf(id);
    const QString leadId = relatedError(context, *document, errors);
    if (errors.isEmpty() && leadId != previousLead) {
        errors.insert(QStringLiteral("related_model_id"),
            QJsonArray { tr("A document can only move to a record of the same lead.") });
    }
    if (!errors.isEmpty()) {
        return SandboxResponse::fieldErrors(errors);
    }
    document->insert(QStringLiteral("updated_at"), SandboxContext::now());
    if (!context.database.transaction([&] {
            return context.documents.update(
                id, document->value(QStringLiteral("related_model_id")).toString(), *document);
        })) {
        return SandboxResponse::error(500, tr("The document could not be saved; nothing was changed."));
    }
    return SandboxResponse::json(200, withDownloadUrl(*document));
}

SandboxResponse DocumentRoutes::download(SandboxContext& context, const SandboxRequest& request)
{
    const QString id = request.capture(QStringLiteral("id"));
    const std::optional<QJsonObject> document = context.documents.find(id);
    if (!document) {
        return notFound();
    }
    QSqlQuery query(context.database.database());
    query.prepare(QStringLiteral("SELECT content FROM documents_content WHERE id = ?"));
    query.addBindValue(id);
    SandboxResponse response;
    if (query.exec() && query.next()) {
        response.body = query.value(0).toByteArray();
        response.contentType = document->value(QStringLiteral("content_type")).toString().toLatin1();
    } else {
        response.body = placeholderPdf(document->value(QStringLiteral("name")).toString());
        response.contentType = "application/pdf";
    }
    const QString name = document->value(QStringLiteral("name")).toString();
    response.headers.append(
        { QByteArray("Content-Disposition"), "attachment; filename=\"" + name.toUtf8().replace('"', '_') + '"' });
    return response;
}

} // namespace Crego::Sandbox
