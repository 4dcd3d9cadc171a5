// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadroutes.h"

#include "applicantroutes.h"
#include "jsoncodec.h"
#include "lead.h"
#include "linedetail.h"
#include "recordvalidator.h"
#include "requestbody.h"

#include <QSqlQuery>

namespace Crego::Sandbox {

namespace {

QString pageUrl(const SandboxRequest& request, int page)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    return request.path + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace

void LeadRoutes::install(SandboxRouter& router, SandboxContext& context)
{
    const auto bind = [&context](SandboxResponse (*handler)(SandboxContext&, const SandboxRequest&)) {
        return [&context, handler](const SandboxRequest& request) { return handler(context, request); };
    };
    router.add("GET", QStringLiteral("/v1/crm/leads/"), bind(&LeadRoutes::list));
    router.add("POST", QStringLiteral("/v1/crm/leads/"), bind(&LeadRoutes::create));
    router.add("GET", QStringLiteral("/v1/crm/leads/{id}/"), bind(&LeadRoutes::get));
    router.add("DELETE", QStringLiteral("/v1/crm/leads/{id}/"), bind(&LeadRoutes::remove));
    // A sandbox extension: every program, so a new lead can name any of them.
    router.add("GET", QStringLiteral("/v1/crm/programs/"),
        [&context](const SandboxRequest&) { return SandboxResponse::json(200, context.leads.programs()); });
    router.add("GET", QStringLiteral("/v1/crm/leads/{id}/programs/"), [&context](const SandboxRequest& request) {
        const QString id = request.capture(QStringLiteral("id"));
        if (!context.leads.lead(id)) {
            return SandboxResponse::error(404, tr("Not found."));
        }
        return SandboxResponse::json(200, context.leads.leadPrograms(id));
    });
}

SandboxResponse LeadRoutes::list(SandboxContext& context, const SandboxRequest& request)
{
    const LeadListQuery query = LeadListQuery::parse(request.query, context.database.hasFullTextSearch());
    if (!query.isValid()) {
        return SandboxResponse::fieldErrors(query.errors());
    }
    const LeadStore::ListResult result = context.leads.list(query);
    QStringList ids;
    for (const QJsonObject& lead : result.leads) {
        ids.append(lead.value(QStringLiteral("id")).toString());
    }
    const QHash<QString, QList<QJsonObject>> applicants = context.applicants.listByLeads(ids);
    const QHash<QString, QJsonArray> programs
        = query.expandPrograms() ? context.leads.leadProgramsFor(ids) : QHash<QString, QJsonArray>();
    QJsonArray results;
    for (QJsonObject lead : result.leads) {
        const QString id = lead.value(QStringLiteral("id")).toString();
        QJsonArray leadApplicants;
        for (const QJsonObject& applicant : applicants.value(id)) {
            leadApplicants.append(applicant);
        }
        lead.insert(QStringLiteral("applicants"), leadApplicants);
        if (query.expandPrograms()) {
            lead.insert(QStringLiteral("programs"), programs.value(id));
        }
        results.append(lead);
    }
    const bool hasNext = qint64(query.page()) * query.pageSize() < result.count;
    return SandboxResponse::json(200,
        QJsonObject {
            { QStringLiteral("count"), result.count },
            { QStringLiteral("current_page"), query.page() },
            { QStringLiteral("page_size"), query.pageSize() },
            { QStringLiteral("next"), hasNext ? QJsonValue(pageUrl(request, query.page() + 1)) : QJsonValue() },
            { QStringLiteral("previous"),
                query.page() > 1 ? QJsonValue(pageUrl(request, query.page() - 1)) : QJsonValue() },
            { QStringLiteral("results"), results },
        });
}

QJsonObject LeadRoutes::freshLeadProgram(
    SandboxContext& context, const QString& leadId, const QString& programId, const QString& refId, double now)
{
    const QJsonObject program = *context.leads.program(programId);
    Core::LineDetail line; // all figures zero
    line.id = SandboxContext::newId();
    line.type = QStringLiteral("borrower_program");
    line.npaCategory = QStringLiteral("STD");
    line.lineActivationDate = Core::Timestamp::fromMSecsSinceEpoch(qint64(now * 1000));
    line.lineExpiryDate = Core::Timestamp::fromMSecsSinceEpoch(qint64(now * 1000) + qint64(730) * 86400 * 1000);
    line.createdAt = line.lineActivationDate;
    line.updatedAt = line.lineActivationDate;
    QJsonObject loanData = context.leads.loanDataTemplate(programId);
    loanData.insert(QStringLiteral("id"), SandboxContext::newId());
    loanData.insert(QStringLiteral("created_at"), now);
    loanData.insert(QStringLiteral("updated_at"), now);
    return QJsonObject {
        { QStringLiteral("id"), SandboxContext::newId() },
        { QStringLiteral("lead_id"), leadId },
        { QStringLiteral("ref_id"), refId },
        { QStringLiteral("program_id"), programId },
        { QStringLiteral("product_type"), program.value(QStringLiteral("product_type")) },
        { QStringLiteral("status"), QStringLiteral("created") },
        { QStringLiteral("tags"), QJsonArray() },
        { QStringLiteral("is_primary"), true },
        { QStringLiteral("created_at"), now },
        { QStringLiteral("updated_at"), now },
        { QStringLiteral("line_detail"), Core::JsonCodec::encode(line) },
        { QStringLiteral("loan_data"), loanData },
    };
}

SandboxResponse LeadRoutes::create(SandboxContext& context, const SandboxRequest& request)
{
    SandboxResponse error;
    std::optional<QJsonObject> body = RequestBody::object(request, error);
    if (!body) {
        return error;
    }
    QJsonObject lead = *body;
    QJsonObject errors = RequestBody::typeErrors<Core::Lead>(lead);
    if (errors.isEmpty()) {
        errors = RecordValidator::lead(lead);
    }
    const QString programId = lead.value(QStringLiteral("program_id")).toString();
    if (errors.isEmpty() && !context.leads.program(programId)) {
        errors = RequestBody::fieldError(
            QStringLiteral("program_id"), tr("Invalid pk \"%1\" - object does not exist.").arg(programId));
    }
    QJsonArray applicants = lead.value(QStringLiteral("applicants")).toArray();
    if (errors.isEmpty() && applicants.isEmpty()) {
        errors = RequestBody::fieldError(QStringLiteral("applicants"), tr("A lead needs at least one applicant."));
    }
    if (errors.isEmpty()) {
        // DRF reports nested list errors as a list with one object per element, {} for valid ones.
        QJsonArray applicantErrors;
        int primaries = 0;
        bool anyInvalid = false;
        for (qsizetype i = 0; i < applicants.size(); ++i) {
            QJsonObject applicant = applicants[i].toObject();
            const QJsonObject problems = RecordValidator::applicant(applicant);
            anyInvalid = anyInvalid || !problems.isEmpty();
            applicantErrors.append(problems);
            primaries += applicant.value(QStringLiteral("is_primary")).toBool() ? 1 : 0;
            applicants[i] = applicant;
        }
        if (anyInvalid) {
            errors.insert(QStringLiteral("applicants"), applicantErrors);
        } else if (primaries > 1) {
            errors = RequestBody::fieldError(QStringLiteral("applicants"), tr("Only one applicant can be primary."));
        }
    }
    if (!errors.isEmpty()) {
        return SandboxResponse::fieldErrors(errors);
    }

    const double now = SandboxContext::now();
    const QString leadId = SandboxContext::newId();
    const QString refId = QStringLiteral("LD") + leadId.left(6).toUpper();
    lead.remove(QStringLiteral("applicants"));
    lead.remove(QStringLiteral("programs"));
    lead.remove(QStringLiteral("line_summary"));
    lead.insert(QStringLiteral("id"), leadId);
    lead.insert(QStringLiteral("ref_id"), refId);
    lead.insert(QStringLiteral("status"), lead.value(QStringLiteral("status")).toString(QStringLiteral("created")));
    lead.insert(QStringLiteral("created_at"), now);
    lead.insert(QStringLiteral("updated_at"), now);
    if (!lead.contains(QStringLiteral("tags"))) {
        lead.insert(QStringLiteral("tags"), QJsonArray());
    }
    QList<QJsonObject> storedApplicants;
    for (qsizetype i = 0; i < applicants.size(); ++i) {
        QJsonObject applicant = applicants[i].toObject();
        applicant.insert(QStringLiteral("id"), SandboxContext::newId());
        applicant.insert(QStringLiteral("lead"), leadId);
        applicant.insert(QStringLiteral("is_primary"), applicant.value(QStringLiteral("is_primary")).toBool());
        applicant.insert(QStringLiteral("created_at"), now + double(i) / 1000.0);
        applicant.insert(QStringLiteral("updated_at"), now);
        storedApplicants.append(applicant);
    }
    if (lead.value(QStringLiteral("name")).toString().isEmpty()) {
        lead.insert(QStringLiteral("name"), storedApplicants.first().value(QStringLiteral("name")));
    }
    const QJsonObject leadProgram
        = freshLeadProgram(context, leadId, programId, QStringLiteral("CL") + leadId.mid(9, 6).toUpper(), now);
    const LeadSummary summary = LeadSummary::fromPrograms(QJsonArray { leadProgram });

    const QString primaryId = [&] {
        for (const QJsonObject& applicant : storedApplicants) {
            if (applicant.value(QStringLiteral("is_primary")).toBool()) {
                return applicant.value(QStringLiteral("id")).toString();
            }
        }
        return storedApplicants.first().value(QStringLiteral("id")).toString();
    }();
    const bool written = context.database.transaction([&] {
        if (!context.leads.insertLead(lead, summary, LeadStore::searchText(lead, storedApplicants))
            || !context.leads.insertLeadProgram(leadId, 0, leadProgram)) {
            return false;
        }
        for (const QJsonObject& applicant : storedApplicants) {
            if (!context.applicants.insert(leadId, leadId, applicant)) {
                return false;
            }
        }
        return ApplicantRoutes::makePrimary(context, leadId, primaryId);
    });
    if (!written) {
        return SandboxResponse::error(500, tr("The lead could not be saved; nothing was changed."));
    }
    SandboxRequest getRequest;
    getRequest.captures.insert(QStringLiteral("id"), leadId);
    SandboxResponse response = get(context, getRequest);
    response.status = 201;
    return response;
}

SandboxResponse LeadRoutes::get(SandboxContext& context, const SandboxRequest& request)
{
    const QString id = request.capture(QStringLiteral("id"));
    std::optional<QJsonObject> lead = context.leads.lead(id);
    if (!lead) {
        return SandboxResponse::error(404, tr("Not found."));
    }
    QJsonArray applicants;
    for (const QJsonObject& applicant : context.applicants.listByLead(id)) {
        applicants.append(applicant);
    }
    lead->insert(QStringLiteral("applicants"), applicants);
    if (request.queryValue(QStringLiteral("expand")).split(u',').contains(QStringLiteral("programs"))) {
        lead->insert(QStringLiteral("programs"), context.leads.leadPrograms(id));
    }
    return SandboxResponse::json(200, *lead);
}

SandboxResponse LeadRoutes::remove(SandboxContext& context, const SandboxRequest& request)
{
    const QString id = request.capture(QStringLiteral("id"));
    if (!context.leads.lead(id)) {
        return SandboxResponse::error(404, tr("Not found."));
    }
    const bool removed = context.database.transaction([&] {
        QSqlQuery files(context.database.database());
        files.prepare(
            QStringLiteral("DELETE FROM documents_content WHERE id IN (SELECT id FROM documents WHERE lead_id = ?)"));
        files.addBindValue(id);
        return files.exec() && context.leads.removeLead(id);
    });
    return removed ? SandboxResponse::noContent()
                   : SandboxResponse::error(500, tr("The lead could not be deleted; nothing was changed."));
}

} // namespace Crego::Sandbox
