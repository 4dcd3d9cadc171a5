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

template<typename Record> auto LeadDetailLoader::intoModel(Part part, RecordTableModel<Record>* model)
{
    setState(part, State::Loading);
    return [this, part, model](const Api::ApiResult<QList<Record>>& result) {
        if (!result.ok()) {
            setState(part, State::Failed, result.error());
            return;
        }
        model->setRecords(result.value());
        setState(part, State::Loaded);
    };
}

void LeadDetailLoader::reload()
{
    loadServiceAccounts();
    setState(Part::Lead, State::Loading);
    m_client->lead(m_leadId, this, [this](const Api::ApiResult<Core::Lead>& result) {
        if (!result.ok()) {
            setState(Part::Lead, State::Failed, result.error());
            return;
        }
        m_lead = result.value();
        setState(Part::Lead, State::Loaded);
    });
    setState(Part::Programs, State::Loading);
    m_client->leadPrograms(m_leadId, this, [this](const Api::ApiResult<QList<Core::LeadProgram>>& result) {
        if (!result.ok()) {
            setState(Part::Programs, State::Failed, result.error());
            return;
        }
        m_programs = result.value();
        setState(Part::Programs, State::Loaded);
    });
    m_client->applicantsOfLead(m_leadId, this, intoModel(Part::Applicants, m_applicants));
    m_client->banksOfLead(m_leadId, this, intoModel(Part::Banks, m_banks));
    m_client->documentsOfLead(m_leadId, this, intoModel(Part::Documents, m_documents));
    m_client->addressesOfLead(m_leadId, this, intoModel(Part::Addresses, m_addresses));
}

void LeadDetailLoader::loadServiceAccounts()
{
    setState(Part::ServiceAccounts, State::Loading);
    m_client->serviceAccounts(m_leadId, this, [this](const Api::ApiResult<QList<Core::ServiceAccount>>& result) {
        if (!result.ok()) {
            setState(Part::ServiceAccounts, State::Failed, result.error());
            return;
        }
        m_serviceAccounts = result.value();
        setState(Part::ServiceAccounts, State::Loaded);
    });
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
