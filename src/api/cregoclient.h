// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "leadquery.h"
#include "pagefollower.h"
#include "serverconventions.h"

#include "address.h"
#include "applicant.h"
#include "bankaccount.h"
#include "document.h"
#include "documentrules.h"
#include "documentupload.h"
#include "healthstatus.h"
#include "ifscdetails.h"
#include "jsoncodec.h"
#include "lead.h"
#include "leadprogram.h"
#include "pincodedetails.h"
#include "serviceaccount.h"
#include "tokenpair.h"

#include <QObject>

namespace Crego::Api {

class ApiTransport;

//! The app's only door to the Crego API: one typed call per endpoint, decoded into core records.
//! Every callback is tied to a context object and never runs after that object is destroyed.
class CregoClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const ApiResult<T>&)>;

    //! Sends through \a transport (not owned), which carries the base URL, the token and the retry policy.
    explicit CregoClient(ApiTransport* transport, QObject* parent = nullptr);

    //! What this connection's server has shown it honours; loaders read and record it.
    ServerConventions& conventions() { return m_conventions; }

    // Leads
    ApiCall* leads(const LeadQuery& query, QObject* context, Callback<Core::Page<Core::Lead>> callback);
    //! The page of \a query at the server's \a link (a page it named), or by number when \a link is empty.
    ApiCall* leadsAt(
        const LeadQuery& query, const QString& link, QObject* context, Callback<Core::Page<Core::Lead>> callback);
    //! The page of \a query that \a follower says comes next: the server's link when it gave one, else the
    //! page number (page 1 after a reset).
    ApiCall* nextLeads(const LeadQuery& query, const PageFollower& follower, QObject* context,
        Callback<Core::Page<Core::Lead>> callback);
    ApiCall* lead(const QString& id, QObject* context, Callback<Core::Lead> callback);
    ApiCall* createLead(const Core::Lead& lead, QObject* context, Callback<Core::Lead> callback);
    ApiCall* deleteLead(const QString& id, QObject* context, Callback<Done> callback);
    ApiCall* leadPrograms(const QString& leadId, QObject* context, Callback<QList<Core::LeadProgram>> callback);
    ApiCall* serviceAccounts(const QString& leadId, QObject* context, Callback<QList<Core::ServiceAccount>> callback);
    ApiCall* sendToService(
        const QString& leadId, const QString& service, QObject* context, Callback<Core::ServiceAccount> callback);
    ApiCall* borrowerToken(const QString& leadId, QObject* context, Callback<Core::TokenPair> callback);
    //! The server's export of the leads matching \a query (its own format: bytes and content type).
    ApiCall* downloadExcel(const LeadQuery& query, QObject* context, Callback<QByteArray> callback);

    // Applicants
    ApiCall* applicantsOfLead(const QString& leadId, QObject* context, Callback<QList<Core::Applicant>> callback);
    ApiCall* applicant(const QString& id, QObject* context, Callback<Core::Applicant> callback);
    ApiCall* createApplicant(const Core::Applicant& applicant, QObject* context, Callback<Core::Applicant> callback);
    ApiCall* updateApplicant(
        const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::Applicant> callback);
    ApiCall* deleteApplicant(const QString& id, QObject* context, Callback<Done> callback);
    ApiCall* markPrimaryApplicant(const QString& id, QObject* context, Callback<Core::Applicant> callback);

    // Banks
    ApiCall* banksOfApplicant(
        const QString& applicantId, QObject* context, Callback<QList<Core::BankAccount>> callback);
    ApiCall* banksOfLead(const QString& leadId, QObject* context, Callback<QList<Core::BankAccount>> callback);
    ApiCall* bank(const QString& id, QObject* context, Callback<Core::BankAccount> callback);
    ApiCall* addBank(const Core::BankAccount& bank, QObject* context, Callback<Core::BankAccount> callback);
    ApiCall* updateBank(
        const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::BankAccount> callback);
    ApiCall* deleteBank(const QString& id, QObject* context, Callback<Done> callback);
    ApiCall* verifyBank(const QString& id, QObject* context, Callback<Core::BankAccount> callback);
    ApiCall* ifscDetails(const QString& ifsc, QObject* context, Callback<Core::IfscDetails> callback);

    // Documents
    ApiCall* documentsOfRelated(const QString& relatedId, QObject* context, Callback<QList<Core::Document>> callback);
    ApiCall* documentsOfLead(const QString& leadId, QObject* context, Callback<QList<Core::Document>> callback);
    ApiCall* document(const QString& id, QObject* context, Callback<Core::Document> callback);
    //! Uploads \a upload's file, streamed from disk; refused before sending when Core::DocumentRules::checkFile()
    //! finds a reason (its content is no kept type, or it is over maxUploadBytes()). Watch
    //! ApiCall::uploadProgress; abort the call to cancel (the server keeps nothing of a cut upload).
    ApiCall* uploadDocument(const DocumentUpload& upload, QObject* context, Callback<Core::Document> callback);
    //! The largest file the server accepts: what its health check said, else the sandbox's default.
    qint64 maxUploadBytes() const { return m_maxUploadBytes; }
    ApiCall* updateDocument(
        const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::Document> callback);
    ApiCall* deleteDocument(const QString& id, QObject* context, Callback<Done> callback);
    //! Saves the document's file to \a filePath (written whole, or not at all); watch ApiCall::downloadProgress.
    ApiCall* downloadDocument(const QString& id, const QString& filePath, QObject* context, Callback<Done> callback);
    //! The document's file in memory (for a preview or a thumbnail: nothing is written to disk).
    ApiCall* documentContent(const QString& id, QObject* context, Callback<QByteArray> callback);

    // Addresses
    ApiCall* addressesOfApplicant(
        const QString& applicantId, QObject* context, Callback<QList<Core::Address>> callback);
    ApiCall* addressesOfLead(const QString& leadId, QObject* context, Callback<QList<Core::Address>> callback);
    ApiCall* address(const QString& id, QObject* context, Callback<Core::Address> callback);
    ApiCall* addAddress(const Core::Address& address, QObject* context, Callback<Core::Address> callback);
    ApiCall* updateAddress(
        const QString& id, const QJsonObject& changes, QObject* context, Callback<Core::Address> callback);
    ApiCall* deleteAddress(const QString& id, QObject* context, Callback<Done> callback);
    ApiCall* pincodeDetails(const QString& pincode, QObject* context, Callback<Core::PincodeDetails> callback);

    ApiCall* health(QObject* context, Callback<Core::HealthStatus> callback);
    //! Every program the server offers (a sandbox extension: a stock server answers 404).
    ApiCall* programs(QObject* context, Callback<QList<Core::Program>> callback);

    //! Sends \a request and decodes a success as \a T (a record, a page, or a list of records).
    template<typename T> ApiCall* call(ApiRequest request, QObject* context, Callback<T> callback);

private:
    ApiCall* send(ApiRequest request, QObject* context, ApiCall::Completion completion);
    //! Says in the log which list elements of an answer were left out, and why.
    static void logSkipped(Endpoint endpoint, const QList<Core::JsonError>& skipped);
    template<typename Record> static ApiRequest withBody(Endpoint endpoint, const Record& record);
    static ApiRequest patchRequest(Endpoint endpoint, const QString& id, const QJsonObject& changes);
    static ApiRequest listRequest(Endpoint endpoint, const QString& key, const QString& value);

    ApiTransport* m_transport;
    qint64 m_maxUploadBytes = Core::DocumentRules::DefaultMaxFileBytes;
    ServerConventions m_conventions;
};

} // namespace Crego::Api

#include "cregoclient_impl.h"
