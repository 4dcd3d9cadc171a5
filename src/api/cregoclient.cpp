// SPDX-License-Identifier: GPL-3.0-or-later
#include "cregoclient.h"

#include "apitransport.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QSaveFile>

namespace Crego::Api {

namespace {

ApiRequest byId(Endpoint endpoint, const QString& id)
{
    ApiRequest request;
    request.endpoint = endpoint;
    request.id = id;
    return request;
}

QHttpPart textPart(const QByteArray& name, const QString& value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value.toUtf8());
    return part;
}

} // namespace

CregoClient::CregoClient(ApiTransport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{ }

ApiCall* CregoClient::send(ApiRequest request, QObject* context, ApiCall::Completion completion)
{
    return m_transport->send(std::move(request), context, std::move(completion));
}

void CregoClient::logSkipped(Endpoint endpoint, const QList<Core::JsonError>& skipped)
{
    for (const Core::JsonError& error : skipped) {
        qCWarning(lcApi) << EndpointTable::spec(endpoint).name
                         << "left out a record that could not be read:" << error.toString();
    }
}

ApiRequest CregoClient::patchRequest(Endpoint endpoint, const QString& id, const QJsonObject& changes)
{
    ApiRequest request = byId(endpoint, id);
    request.body = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest CregoClient::listRequest(Endpoint endpoint, const QString& key, const QString& value)
{
    ApiRequest request;
    request.endpoint = endpoint;
    request.query.addQueryItem(key, value);
    return request;
}

ApiCall* CregoClient::leads(const LeadQuery& query, QObject* context, Callback<Core::Page<Core::Lead>> callback)
{
    ApiRequest request;
    request.endpoint = Endpoint::LeadList;
    request.query = query.toUrlQuery();
    request.decodeOffThread = true;
    request.keepForOffline = !query.wholeList;
    return call(std::move(request), context, std::move(callback));
}

ApiCall* CregoClient::nextLeads(
    const LeadQuery& query, const PageFollower& follower, QObject* context, Callback<Core::Page<Core::Lead>> callback)
{
    LeadQuery page = query;
    page.page = follower.nextPage();
    return leadsAt(page, follower.nextLink(), context, std::move(callback));
}

ApiCall* CregoClient::leadsAt(
    const LeadQuery& query, const QString& link, QObject* context, Callback<Core::Page<Core::Lead>> callback)
{
    if (link.isEmpty()) {
        return leads(query, context, std::move(callback));
    }
    ApiRequest request;
    request.endpoint = Endpoint::LeadList;
    request.link = link;
    request.decodeOffThread = true;
    request.keepForOffline = !query.wholeList;
    return call(std::move(request), context, std::move(callback));
}

ApiCall* CregoClient::lead(const QString& id, QObject* context, Callback<Core::Lead> callback)
{
    return call(byId(Endpoint::GetLead, id), context, std::move(callback));
}

ApiCall* CregoClient::createLead(const Core::Lead& lead, QObject* context, Callback<Core::Lead> callback)
{
    return call(withBody(Endpoint::CreateLead, lead), context, std::move(callback));
}

ApiCall* CregoClient::deleteLead(const QString& id, QObject* context, Callback<Done> callback)
{
    return call(byId(Endpoint::DeleteLead, id), context, std::move(callback));
}

ApiCall* CregoClient::leadPrograms(const QString& leadId, QObject* context, Callback<QList<Core::LeadProgram>> callback)
{
    return call(byId(Endpoint::LeadPrograms, leadId), context, std::move(callback));
}

ApiCall* CregoClient::programs(QObject* context, Callback<QList<Core::Program>> callback)
{
    return call(byId(Endpoint::Programs, QString()), context, std::move(callback));
}

ApiCall* CregoClient::serviceAccounts(
    const QString& leadId, QObject* context, Callback<QList<Core::ServiceAccount>> callback)
{
    return call(byId(Endpoint::ServiceAccounts, leadId), context, std::move(callback));
}

ApiCall* CregoClient::sendToService(
    const QString& leadId, const QString& service, QObject* context, Callback<Core::ServiceAccount> callback)
{
    ApiRequest request = patchRequest(Endpoint::SendToService, leadId, { { QStringLiteral("service"), service } });
    return call(std::move(request), context, std::move(callback));
}

ApiCall* CregoClient::borrowerToken(const QString& leadId, QObject* context, Callback<Core::TokenPair> callback)
{
    ApiRequest request = byId(Endpoint::BorrowerToken, leadId);
    request.body = "{}";
    return call(std::move(request), context, std::move(callback));
}

ApiCall* CregoClient::downloadExcel(const LeadQuery& query, QObject* context, Callback<QByteArray> callback)
{
    QJsonObject filters;
    for (const auto& [key, value] : query.toUrlQuery().queryItems(QUrl::FullyDecoded)) {
        if (key != u"page" && key != u"page_size" && key != u"expand") {
            filters.insert(key, value);
        }
    }
    ApiRequest request = patchRequest(Endpoint::DownloadExcel, QString(), filters);
    return call(std::move(request), context, std::move(callback));
}

ApiCall* CregoClient::applicantsOfLead(
    const QString& leadId, QObject* context, Callback<QList<Core::Applicant>> callback)
{
    return call(listRequest(Endpoint::ApplicantsOfLead, QStringLiteral("lead"), leadId), context, std::move(callback));
}

ApiCall* CregoClient::applicant(const QString& id, QObject* context, Callback<Core::Applicant> callback)
{
    return call(byId(Endpoint::GetApplicant, id), context, std::move(callback));
}

ApiCall* CregoClient::createApplicant(
    const Core::Applicant& applicant, QObject* context, Callback<Core::Applicant> callback)
{
    return call(withBody(Endpoint::CreateApplicant, applicant), context, std::move(callback));
}

ApiCall* CregoClient::updateApplicant(
    const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::Applicant> callback)
{
    return call(patchRequest(Endpoint::UpdateApplicant, id, changes), context, std::move(callback));
}

ApiCall* CregoClient::deleteApplicant(const QString& id, QObject* context, Callback<Done> callback)
{
    return call(byId(Endpoint::DeleteApplicant, id), context, std::move(callback));
}

ApiCall* CregoClient::markPrimaryApplicant(const QString& id, QObject* context, Callback<Core::Applicant> callback)
{
    return call(byId(Endpoint::MarkPrimaryApplicant, id), context, std::move(callback));
}

ApiCall* CregoClient::banksOfApplicant(
    const QString& applicantId, QObject* context, Callback<QList<Core::BankAccount>> callback)
{
    return call(listRequest(Endpoint::BanksOfApplicant, QStringLiteral("applicant"), applicantId), context,
        std::move(callback));
}

ApiCall* CregoClient::banksOfLead(const QString& leadId, QObject* context, Callback<QList<Core::BankAccount>> callback)
{
    return call(listRequest(Endpoint::BanksOfApplicant, QStringLiteral("lead"), leadId), context, std::move(callback));
}

ApiCall* CregoClient::bank(const QString& id, QObject* context, Callback<Core::BankAccount> callback)
{
    return call(byId(Endpoint::GetBank, id), context, std::move(callback));
}

ApiCall* CregoClient::addBank(const Core::BankAccount& bank, QObject* context, Callback<Core::BankAccount> callback)
{
    return call(withBody(Endpoint::AddBank, bank), context, std::move(callback));
}

ApiCall* CregoClient::updateBank(
    const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::BankAccount> callback)
{
    return call(patchRequest(Endpoint::UpdateBank, id, changes), context, std::move(callback));
}

ApiCall* CregoClient::deleteBank(const QString& id, QObject* context, Callback<Done> callback)
{
    return call(byId(Endpoint::DeleteBank, id), context, std::move(callback));
}

ApiCall* CregoClient::verifyBank(const QString& id, QObject* context, Callback<Core::BankAccount> callback)
{
    return call(byId(Endpoint::VerifyBank, id), context, std::move(callback));
}

ApiCall* CregoClient::ifscDetails(const QString& ifsc, QObject* context, Callback<Core::IfscDetails> callback)
{
    return call(byId(Endpoint::IfscDetails, ifsc.trimmed().toUpper()), context, std::move(callback));
}

ApiCall* CregoClient::documentsOfRelated(
    const QString& relatedId, QObject* context, Callback<QList<Core::Document>> callback)
{
    return call(listRequest(Endpoint::DocumentsOfRelated, QStringLiteral("related_model_id"), relatedId), context,
        std::move(callback));
}

ApiCall* CregoClient::documentsOfLead(const QString& leadId, QObject* context, Callback<QList<Core::Document>> callback)
{
    return call(
        listRequest(Endpoint::DocumentsOfRelated, QStringLiteral("lead"), leadId), context, std::move(callback));
}

ApiCall* CregoClient::document(const QString& id, QObject* context, Callback<Core::Document> callback)
{
    return call(byId(Endpoint::GetDocument, id), context, std::move(callback));
}

ApiCall* CregoClient::uploadDocument(const DocumentUpload& upload, QObject* context, Callback<Core::Document> callback)
{
    ApiRequest request;
    request.endpoint = Endpoint::AddDocument;
    QString contentType;
    const QString problem = Core::DocumentRules::checkFile(upload.filePath, m_maxUploadBytes, &contentType);
    if (!problem.isEmpty()) {
        return m_transport->refuse(std::move(request), context, ApiError(ApiError::Band::Refused, 0, problem),
            [callback](const ApiError& error) { callback(error); });
    }
    const QString fileName = QFileInfo(upload.filePath).fileName();
    request.multipart = [=] {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->append(textPart("related_model", upload.relatedModel));
        multipart->append(textPart("related_model_id", upload.relatedId));
        multipart->append(textPart("document_type", upload.documentType));
        multipart->append(textPart("name", upload.name.isEmpty() ? fileName : upload.name));
        if (!upload.notes.isEmpty()) {
            multipart->append(textPart("notes", upload.notes));
        }
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, contentType.toLatin1());
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
            QByteArray("form-data; name=\"file\"; filename=\"" + fileName.toUtf8().replace('"', '_') + '"'));
        // Streamed from disk by QNetworkAccessManager: the file is never read into memory whole.
        auto* file = new QFile(upload.filePath, multipart);
        file->open(QIODevice::ReadOnly);
        filePart.setBodyDevice(file);
        multipart->append(filePart);
        return multipart;
    };
    return call(std::move(request), context, std::move(callback));
}

ApiCall* CregoClient::updateDocument(
    const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::Document> callback)
{
    return call(patchRequest(Endpoint::UpdateDocument, id, changes), context, std::move(callback));
}

ApiCall* CregoClient::deleteDocument(const QString& id, QObject* context, Callback<Done> callback)
{
    return call(byId(Endpoint::DeleteDocument, id), context, std::move(callback));
}

ApiCall* CregoClient::documentContent(const QString& id, QObject* context, Callback<QByteArray> callback)
{
    return call<QByteArray>(byId(Endpoint::DownloadDocument, id), context, std::move(callback));
}

ApiCall* CregoClient::downloadDocument(
    const QString& id, const QString& filePath, QObject* context, Callback<Done> callback)
{
    return call<QByteArray>(
        byId(Endpoint::DownloadDocument, id), context, [filePath, callback](const ApiResult<QByteArray>& result) {
            if (!result.ok()) {
                callback(result.error());
                return;
            }
            QSaveFile file(filePath);
            if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size()
                || !file.commit()) {
                callback(
                    ApiError(ApiError::Band::Refused, 0, tr("Cannot save %1: %2").arg(filePath, file.errorString())));
                return;
            }
            callback(Done {});
        });
}

ApiCall* CregoClient::addressesOfApplicant(
    const QString& applicantId, QObject* context, Callback<QList<Core::Address>> callback)
{
    return call(listRequest(Endpoint::AddressesOfApplicant, QStringLiteral("applicant"), applicantId), context,
        std::move(callback));
}

ApiCall* CregoClient::addressesOfLead(const QString& leadId, QObject* context, Callback<QList<Core::Address>> callback)
{
    return call(
        listRequest(Endpoint::AddressesOfApplicant, QStringLiteral("lead"), leadId), context, std::move(callback));
}

ApiCall* CregoClient::address(const QString& id, QObject* context, Callback<Core::Address> callback)
{
    return call(byId(Endpoint::GetAddress, id), context, std::move(callback));
}

ApiCall* CregoClient::addAddress(const Core::Address& address, QObject* context, Callback<Core::Address> callback)
{
    return call(withBody(Endpoint::AddAddress, address), context, std::move(callback));
}

ApiCall* CregoClient::updateAddress(
    const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::Address> callback)
{
    return call(patchRequest(Endpoint::UpdateAddress, id, changes), context, std::move(callback));
}

ApiCall* CregoClient::deleteAddress(const QString& id, QObject* context, Callback<Done> callback)
{
    return call(byId(Endpoint::DeleteAddress, id), context, std::move(callback));
}

ApiCall* CregoClient::pincodeDetails(const QString& pincode, QObject* context, Callback<Core::PincodeDetails> callback)
{
    // A server that answers with the place alone (no echo of the pincode) still answers this pincode.
    return call<Core::PincodeDetails>(byId(Endpoint::PincodeDetails, pincode.trimmed()), context,
        [asked = pincode.trimmed(), callback](const ApiResult<Core::PincodeDetails>& result) {
            if (result.ok() && result.value().pincode.isEmpty()) {
                Core::PincodeDetails details = result.value();
                details.pincode = asked;
                callback(ApiResult<Core::PincodeDetails>(std::move(details)));
                return;
            }
            callback(result);
        });
}

ApiCall* CregoClient::health(QObject* context, Callback<Core::HealthStatus> callback)
{
    return call<Core::HealthStatus>(byId(Endpoint::Health, QString()), context,
        [this, callback = std::move(callback)](const ApiResult<Core::HealthStatus>& result) {
            if (result.ok() && result.value().maxUploadBytes > 0) {
                m_maxUploadBytes = result.value().maxUploadBytes;
            }
            callback(result);
        });
}

} // namespace Crego::Api
