// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Crego::Api {

//! Every endpoint of the Crego CRM contract (docs/api-contract.md), plus the sandbox's document download.
enum class Endpoint {
    LeadPrograms, // L1
    ServiceAccounts, // L2
    SendToService, // L3
    CreateLead, // L4
    LeadList, // L5
    GetLead, // L6
    DeleteLead, // L7
    DownloadExcel, // L8
    CreateApplicant, // A1
    GetApplicant, // A2
    UpdateApplicant, // A3
    DeleteApplicant, // A4
    MarkPrimaryApplicant, // A5
    ApplicantsOfLead, // list by lead (sandbox: ?lead=)
    AddBank, // B1
    GetBank, // B2
    UpdateBank, // B3
    DeleteBank, // B4
    VerifyBank, // B5
    BanksOfApplicant, // B6
    IfscDetails, // B7
    AddDocument, // D1
    GetDocument, // D2
    DeleteDocument, // D3
    UpdateDocument, // D4
    DocumentsOfRelated, // D5
    DownloadDocument, // sandbox: the file itself
    AddAddress, // R1
    GetAddress, // R2
    UpdateAddress, // R3
    DeleteAddress, // R4
    AddressesOfApplicant, // R5
    PincodeDetails, // R6
    BorrowerToken, // T1
    Health, // H1
    Programs, // sandbox extension: every program of the connection (404 on a stock server)
};

//! One row of the endpoint table: method, path template with {placeholders}, and whether a retry is safe.
struct EndpointSpec
{
    Endpoint endpoint;
    QByteArray method;
    QString path;
    bool idempotent;
    const char* name; //!< for logs and the probe
};

//! The one place where paths live: an inferred path is corrected here in one line.
class EndpointTable
{
public:
    static const EndpointSpec& spec(Endpoint endpoint);
    static int count();
    static const EndpointSpec& at(int index);
    //! The path of \a endpoint with {id}-style placeholders replaced, percent-encoded.
    static QString path(Endpoint endpoint, const QString& id = QString());
};

} // namespace Crego::Api
