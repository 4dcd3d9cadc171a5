// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailloader.h"

#include "cregoclient.h"
#include "leadrecordmodels.h"

namespace Crego::Models {

LeadDetailLoader::LeadDetailLoader(Api::CregoClient* client, const QString& leadId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_leadId(leadId)
    , m_applicants(LeadRecordModels::applicants(this))
    , m_banks(LeadRecordModels::banks(this))
    , m_documents(LeadRecordModels::documents(this))
    , m_addresses(LeadRecordModels::addresses(this))
{ }

void LeadDetailLoader::setState(Part part, State state, const Api::ApiError& error)
{
    m_parts[size_t(part)] = { state, error };
    Q_EMIT partChanged(part);
}

template<typename Value, typename Store> auto LeadDetailLoader::loading(Part part, Store store)
{
    setState(part, State::Loading);
    return [this, part, store](const Api::ApiResult<Value>& result) {
        if (!result.ok()) {
            setState(part, State::Failed, result.error());
            return;
        }
        store(result.value());
        setState(part, State::Loaded);
    };
}

void LeadDetailLoader::reload()
{
    loadServiceAccounts();
    m_client->lead(m_leadId, this, loading<Core::Lead>(Part::Lead, [this](const Core::Lead& lead) { m_lead = lead; }));
    m_client->leadPrograms(m_leadId, this,
        loading<QList<Core::LeadProgram>>(
            Part::Programs, [this](const QList<Core::LeadProgram>& programs) { m_programs = programs; }));
    m_client->applicantsOfLead(m_leadId, this,
        loading<QList<Core::Applicant>>(
            Part::Applicants, [this](const auto& rows) { m_applicants->setRecords(rows); }));
    m_client->banksOfLead(m_leadId, this,
        loading<QList<Core::BankAccount>>(Part::Banks, [this](const auto& rows) { m_banks->setRecords(rows); }));
    m_client->documentsOfLead(m_leadId, this,
        loading<QList<Core::Document>>(Part::Documents, [this](const auto& rows) { m_documents->setRecords(rows); }));
    m_client->addressesOfLead(m_leadId, this,
        loading<QList<Core::Address>>(Part::Addresses, [this](const auto& rows) { m_addresses->setRecords(rows); }));
}

void LeadDetailLoader::loadServiceAccounts()
{
    m_client->serviceAccounts(m_leadId, this,
        loading<QList<Core::ServiceAccount>>(
            Part::ServiceAccounts, [this](const auto& accounts) { m_serviceAccounts = accounts; }));
}

void LeadDetailLoader::sendToService(const QString& service)
{
    m_client->sendToService(
        m_leadId, service, this, [this, service](const Api::ApiResult<Core::ServiceAccount>& result) {
            Q_EMIT sentToService(service, result.ok() ? Api::ApiError() : result.error());
            if (result.ok()) {
                loadServiceAccounts();
            }
        });
}

} // namespace Crego::Models
