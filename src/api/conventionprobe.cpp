// SPDX-License-Identifier: GPL-3.0-or-later
#include "conventionprobe.h"

#include "cregoclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crego::Api {

namespace {

//! The records of a list answer, whichever envelope it came in.
QJsonArray recordsOf(const QJsonDocument& document)
{
    return document.isArray() ? document.array() : document.object().value(QStringLiteral("results")).toArray();
}

} // namespace

ConventionProbe::ConventionProbe(CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void ConventionProbe::start()
{
    ApiRequest request;
    request.endpoint = Endpoint::LeadList;
    LeadQuery query;
    query.pageSize = 2;
    query.expandPrograms = true;
    request.query = query.toUrlQuery();
    m_client->call<QByteArray>(std::move(request), this, [this](const ApiResult<QByteArray>& result) {
        if (!result.ok()) {
            m_findings.append(tr("conventions: the lead list did not answer (%1)").arg(result.error().message()));
            Q_EMIT finished();
            return;
        }
        readLeadList(result.value());
        if (m_leadId.isEmpty()) {
            m_findings.append(tr("?lead= filter: unknown (no lead to try it on)"));
            Q_EMIT finished();
            return;
        }
        ApiRequest banks;
        banks.endpoint = Endpoint::BanksOfApplicant;
        banks.query.addQueryItem(QStringLiteral("lead"), m_leadId);
        m_client->call<QByteArray>(std::move(banks), this, [this](const ApiResult<QByteArray>& answer) {
            if (answer.ok()) {
                readLeadFilter(answer.value());
            } else {
                m_findings.append(tr("?lead= filter: refused (%1)").arg(answer.error().message()));
            }
            Q_EMIT finished();
        });
    });
}

void ConventionProbe::readLeadList(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject page = document.object();
    const QString next = page.value(QStringLiteral("next")).toString();
    if (document.isArray()) {
        m_findings.append(tr("pagination: none (the whole list in one answer)"));
    } else if (page.contains(QStringLiteral("current_page"))) {
        m_findings.append(tr("pagination: page numbers with current_page and page_size"));
    } else if (next.contains(QLatin1String("cursor="))
        || (!page.contains(QStringLiteral("count")) && page.contains(QStringLiteral("next")))) {
        m_findings.append(tr("pagination: cursor links, no count"));
    } else {
        m_findings.append(tr("pagination: page numbers (count and next links)"));
    }
    const QJsonArray records = recordsOf(document);
    const QJsonObject lead = records.isEmpty() ? QJsonObject() : records.first().toObject();
    m_leadId = lead.value(QStringLiteral("id")).toString();
    for (const QJsonValue& applicant : lead.value(QStringLiteral("applicants")).toArray()) {
        m_applicantIds.append(applicant.toObject().value(QStringLiteral("id")).toString());
    }
    if (lead.isEmpty()) {
        m_findings.append(tr("expand=programs, line_summary, times: unknown (no leads)"));
        return;
    }
    m_findings.append(
        lead.contains(QStringLiteral("programs")) ? tr("expand=programs: honoured") : tr("expand=programs: ignored"));
    m_findings.append(
        lead.contains(QStringLiteral("line_summary")) ? tr("line_summary: sent") : tr("line_summary: not sent"));
    const QJsonValue created = lead.value(QStringLiteral("created_at"));
    m_findings.append(created.isString()                       ? tr("times: ISO 8601 text")
            : created.isDouble() && created.toDouble() >= 1e11 ? tr("times: epoch milliseconds")
            : created.isDouble()                               ? tr("times: epoch seconds")
                                                               : tr("times: unknown (no created_at)"));
}

void ConventionProbe::readLeadFilter(const QByteArray& body)
{
    const QJsonArray banks = recordsOf(QJsonDocument::fromJson(body));
    int foreign = 0;
    for (const QJsonValue& bank : banks) {
        foreign += m_applicantIds.contains(bank.toObject().value(QStringLiteral("applicant")).toString()) ? 0 : 1;
    }
    if (banks.isEmpty()) {
        m_findings.append(tr("?lead= filter: unknown (the lead has no bank accounts)"));
    } else if (foreign > 0) {
        m_findings.append(tr("?lead= filter: ignored (%1 of %2 bank accounts belong to other borrowers); the app "
                             "asks per applicant")
                              .arg(foreign)
                              .arg(banks.size()));
    } else {
        m_findings.append(tr("?lead= filter: honoured"));
    }
}

} // namespace Crego::Api
