// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace Crego::Api {

namespace {

using E = Endpoint;

// The contract's paths (docs/api-contract.md; the first where it allows several). Only L1 and L4 are
// documented by Crego; the rest are inferences to confirm against preprod — `crego-desk probe` reports which
// answer.
const std::array<EndpointSpec, 36> Table { {
    { E::LeadPrograms, "GET", QStringLiteral("/v1/crm/leads/{id}/programs/"), true, "lead programs" },
    { E::ServiceAccounts, "GET", QStringLiteral("/v1/crm/leads/{id}/service_accounts/"), true, "service accounts" },
    { E::SendToService, "POST", QStringLiteral("/v1/crm/leads/{id}/send_to_service/"), false, "send to service" },
    { E::CreateLead, "POST", QStringLiteral("/v1/crm/leads/"), false, "create lead" },
    { E::LeadList, "GET", QStringLiteral("/v1/crm/leads/"), true, "lead list" },
    { E::GetLead, "GET", QStringLiteral("/v1/crm/leads/{id}/"), true, "get lead" },
    { E::DeleteLead, "DELETE", QStringLiteral("/v1/crm/leads/{id}/"), true, "delete lead" },
    { E::DownloadExcel, "PUT", QStringLiteral("/v1/crm/leads/download_excel/"), true, "download excel" },
    { E::CreateApplicant, "POST", QStringLiteral("/v1/crm/applicants/"), false, "create applicant" },
    { E::GetApplicant, "GET", QStringLiteral("/v1/crm/applicants/{id}/"), true, "get applicant" },
    { E::UpdateApplicant, "PATCH", QStringLiteral("/v1/crm/applicants/{id}/"), false, "update applicant" },
    { E::DeleteApplicant, "DELETE", QStringLiteral("/v1/crm/applicants/{id}/"), true, "delete applicant" },
    { E::MarkPrimaryApplicant, "PUT", QStringLiteral("/v1/crm/applicants/{id}/mark_primary/"), true, "mark primary" },
    { E::ApplicantsOfLead, "GET", QStringLiteral("/v1/crm/applicants/"), true, "applicants of lead" },
    { E::AddBank, "POST", QStringLiteral("/v1/crm/banks/"), false, "add bank" },
    { E::GetBank, "GET", QStringLiteral("/v1/crm/banks/{id}/"), true, "get bank" },
    { E::UpdateBank, "PATCH", QStringLiteral("/v1/crm/banks/{id}/"), false, "update bank" },
    { E::DeleteBank, "DELETE", QStringLiteral("/v1/crm/banks/{id}/"), true, "delete bank" },
    { E::VerifyBank, "GET", QStringLiteral("/v1/crm/banks/{id}/verify/"), false, "verify bank" },
    { E::BanksOfApplicant, "GET", QStringLiteral("/v1/crm/banks/"), true, "banks of applicant" },
    { E::IfscDetails, "GET", QStringLiteral("/v1/crm/banks/ifsc/{id}/"), true, "IFSC details" },
    { E::AddDocument, "POST", QStringLiteral("/v1/crm/documents/"), false, "add document" },
    { E::GetDocument, "GET", QStringLiteral("/v1/crm/documents/{id}/"), true, "get document" },
    { E::DeleteDocument, "DELETE", QStringLiteral("/v1/crm/documents/{id}/"), true, "delete document" },
    { E::UpdateDocument, "PATCH", QStringLiteral("/v1/crm/documents/{id}/"), false, "update document" },
    { E::DocumentsOfRelated, "GET", QStringLiteral("/v1/crm/documents/"), true, "documents of record" },
    { E::DownloadDocument, "GET", QStringLiteral("/v1/crm/documents/{id}/download/"), true, "download document" },
    { E::AddAddress, "POST", QStringLiteral("/v1/crm/addresses/"), false, "add address" },
    { E::GetAddress, "GET", QStringLiteral("/v1/crm/addresses/{id}/"), true, "get address" },
    { E::UpdateAddress, "PATCH", QStringLiteral("/v1/crm/addresses/{id}/"), false, "update address" },
    { E::DeleteAddress, "DELETE", QStringLiteral("/v1/crm/addresses/{id}/"), true, "delete address" },
    { E::AddressesOfApplicant, "GET", QStringLiteral("/v1/crm/addresses/"), true, "addresses of applicant" },
    { E::PincodeDetails, "GET", QStringLiteral("/v1/crm/addresses/pincode/{id}/"), true, "pincode details" },
    { E::BorrowerToken, "POST", QStringLiteral("/v1/crm/leads/{id}/token/"), false, "borrower token" },
    { E::Health, "GET", QStringLiteral("/v1/crm/health/"), true, "health" },
    { E::Programs, "GET", QStringLiteral("/v1/crm/programs/"), true, "programs" },
} };

} // namespace

const EndpointSpec& EndpointTable::spec(Endpoint endpoint)
{
    for (const EndpointSpec& spec : Table) {
        if (spec.endpoint == endpoint) {
            return spec;
        }
    }
    Q_UNREACHABLE();
    return Table.front();
}

int EndpointTable::count()
{
    return int(Table.size());
}

const EndpointSpec& EndpointTable::at(int index)
{
    return Table[size_t(index)];
}

QString EndpointTable::path(Endpoint endpoint, const QString& id)
{
    QString path = spec(endpoint).path;
    path.replace(QStringLiteral("{id}"), QString::fromUtf8(QUrl::toPercentEncoding(id)));
    return path;
}

} // namespace Crego::Api
