// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "cregoclient.h"
#include "leadquery.h"

namespace Crego::Models {

DuplicateFinder::DuplicateFinder(Api::CregoClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void DuplicateFinder::find(const QString& pan, const QString& mobile)
{
    for (const QPointer<Api::ApiCall>& call : std::as_const(m_calls)) {
        if (call) {
            call->cancel();
        }
    }
    m_calls.clear();
    m_matches.clear();
    m_pending = 0;
    m_complete = true;
    ++m_generation;
    if (!pan.isEmpty()) {
        search(QStringLiteral("pan"), pan, pan);
    }
    if (!mobile.isEmpty()) {
        // Leads keep the 10 digits; applicants +91 and the 10 digits: search the digits.
        search(QStringLiteral("mobile"), mobile, mobile.right(10));
    }
    if (m_pending == 0) {
        Q_EMIT found({}, true);
    }
}

void DuplicateFinder::search(const QString& field, const QString& value, const QString& term)
{
    Api::LeadQuery query;
    query.search = term;
    query.pageSize = 20;
    ++m_pending;
    const int generation = m_generation;
    m_calls.append(m_client->leads(
        query, this, [this, field, value, generation](const Api::ApiResult<Core::Page<Core::Lead>>& result) {
            if (generation != m_generation) {
                return;
            }
            m_complete = m_complete && result.ok();
            if (result.ok()) {
                for (const Core::Lead& lead : result.value().items) {
                    for (const Core::Applicant& applicant : lead.applicants) {
                        const QString theirs = field == u"pan" ? applicant.pan : applicant.mobile;
                        if (!theirs.isEmpty() && theirs.right(10).compare(value.right(10), Qt::CaseInsensitive) == 0
                            && (field == u"mobile" || theirs.size() == value.size())) {
                            m_matches.append({ field, value, lead.id, lead.refId, lead.displayName(), applicant.name });
                        }
                    }
                }
            }
            if (--m_pending == 0) {
                Q_EMIT found(m_matches, m_complete);
            }
        }));
}

} // namespace Crego::Models
