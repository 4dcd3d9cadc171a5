// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiprobe.h"

#include "cregoclient.h"

namespace Crego::Api {

namespace {

constexpr int StepCount = 11;

} // namespace

ApiProbe::ApiProbe(CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void ApiProbe::start()
{
    m_rows.clear();
    step(0);
}

bool ApiProbe::allDecoded() const
{
    return !m_rows.isEmpty() && std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.decoded; });
}

QString ApiProbe::format(const Row& row)
{
    return QStringLiteral("%1 %2 %3 %4 %5 ms%6")
        .arg(QString::fromLatin1(row.method), -6)
        .arg(row.path, -44)
        .arg(row.httpStatus == 0 ? QStringLiteral("---") : QString::number(row.httpStatus), 3)
        .arg(row.decoded ? tr("decoded") : tr("FAILED "), 7)
        .arg(row.elapsedMs, 6)
        .arg(row.problem.isEmpty() ? QString() : QStringLiteral("  ") + row.problem);
}

void ApiProbe::step(int index)
{
    if (index >= StepCount) {
        Q_EMIT finished();
        return;
    }
    // Each step records its row and moves on, whatever the outcome.
    const auto record = [this, index](Endpoint endpoint, const QString& id, ApiCall* call) {
        const EndpointSpec& spec = EndpointTable::spec(endpoint);
        return [this, index, call, spec, id](const ApiError& error) {
            Row row { spec.method, EndpointTable::path(spec.endpoint, id), call ? call->httpStatus() : 0,
                !error.isError(), call ? call->elapsedMs() : 0, error.message() };
            m_rows.append(row);
            Q_EMIT rowAdded(row);
            step(index + 1);
        };
    };
    const auto skip = [this, index](Endpoint endpoint) {
        const EndpointSpec& spec = EndpointTable::spec(endpoint);
        const Row row { spec.method, spec.path, 0, false, 0, tr("skipped: no lead to probe") };
        m_rows.append(row);
        Q_EMIT rowAdded(row);
        step(index + 1);
    };
    // Calls complete on a later event-loop turn, so the pointer below is set before the callback runs.
    auto* current = new QPointer<ApiCall>();
    const auto when = [current](auto&& done) {
        return [current, done](const auto& result) {
            done(result.ok() ? ApiError() : result.error());
            delete current;
        };
    };
    const auto recorded = [record, current](Endpoint endpoint, const QString& id) {
        return [record, endpoint, id, current](const ApiError& error) { record(endpoint, id, *current)(error); };
    };

    switch (index) {
    case 0:
        *current = m_client->health(this, when(recorded(Endpoint::Health, QString())));
        return;
    case 1: {
        LeadQuery query;
        query.pageSize = 5;
        *current
            = m_client->leads(query, this, [this, current, recorded](const ApiResult<Core::Page<Core::Lead>>& result) {
                  if (result.ok() && !result.value().items.isEmpty()) {
                      m_leadId = result.value().items.first().id;
                  }
                  recorded(Endpoint::LeadList, QString())(result.ok() ? ApiError() : result.error());
                  delete current;
              });
        return;
    }
    default:
        break;
    }
    if (m_leadId.isEmpty() && index <= 7) {
        delete current;
        static const Endpoint NeedsLead[] = { Endpoint::GetLead, Endpoint::LeadPrograms, Endpoint::ApplicantsOfLead,
            Endpoint::BanksOfApplicant, Endpoint::DocumentsOfRelated, Endpoint::AddressesOfApplicant };
        skip(NeedsLead[std::min(index - 2, int(std::size(NeedsLead)) - 1)]);
        return;
    }
    switch (index) {
    case 2:
        *current = m_client->lead(m_leadId, this, when(recorded(Endpoint::GetLead, m_leadId)));
        return;
    case 3:
        *current = m_client->leadPrograms(m_leadId, this, when(recorded(Endpoint::LeadPrograms, m_leadId)));
        return;
    case 4:
        *current = m_client->applicantsOfLead(m_leadId, this, when(recorded(Endpoint::ApplicantsOfLead, QString())));
        return;
    case 5:
        *current = m_client->banksOfLead(
            m_leadId, this, [this, current, recorded](const ApiResult<QList<Core::BankAccount>>& result) {
                if (result.ok() && !result.value().isEmpty()) {
                    m_ifsc = result.value().first().ifsc;
                }
                recorded(Endpoint::BanksOfApplicant, QString())(result.ok() ? ApiError() : result.error());
                delete current;
            });
        return;
    case 6:
        *current = m_client->documentsOfLead(m_leadId, this, when(recorded(Endpoint::DocumentsOfRelated, QString())));
        return;
    case 7:
        *current = m_client->addressesOfLead(
            m_leadId, this, [this, current, recorded](const ApiResult<QList<Core::Address>>& result) {
                if (result.ok() && !result.value().isEmpty()) {
                    m_pincode = result.value().first().pincode;
                }
                recorded(Endpoint::AddressesOfApplicant, QString())(result.ok() ? ApiError() : result.error());
                delete current;
            });
        return;
    case 8: {
        const QString pincode = m_pincode.isEmpty() ? QStringLiteral("110001") : m_pincode;
        *current = m_client->pincodeDetails(pincode, this, when(recorded(Endpoint::PincodeDetails, pincode)));
        return;
    }
    case 9: {
        const QString ifsc = m_ifsc.isEmpty() ? QStringLiteral("SBIN0005943") : m_ifsc;
        *current = m_client->ifscDetails(ifsc, this, when(recorded(Endpoint::IfscDetails, ifsc)));
        return;
    }
    default:
        if (m_leadId.isEmpty()) {
            delete current;
            skip(Endpoint::ServiceAccounts);
            return;
        }
        *current = m_client->serviceAccounts(m_leadId, this, when(recorded(Endpoint::ServiceAccounts, m_leadId)));
        return;
    }
}

} // namespace Crego::Api
