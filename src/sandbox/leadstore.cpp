// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Crego::Sandbox {

namespace {

// Read by leadFromRow() in this order.
const QString LeadColumns = QStringLiteral(
    "body, program_id, product_type, approved, operative, available, total_outstanding, dpd, npa_category,"
    " line_count");
const QString LoanDataTemplateKey = QStringLiteral("_loan_data_template");

QJsonObject parse(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString serialize(const QJsonObject& body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

LeadStore::LeadStore(SandboxDatabase& database)
    : m_database(database)
{ }

bool LeadStore::insertProgram(const QJsonObject& program, const QJsonObject& loanDataTemplate)
{
    QJsonObject stored = program;
    stored.insert(LoanDataTemplateKey, loanDataTemplate);
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("INSERT INTO programs (id, body) VALUES (?, ?)"));
    query.addBindValue(program.value(QStringLiteral("id")).toString());
    query.addBindValue(serialize(stored));
    m_programCache.clear();
    return query.exec();
}

std::optional<QJsonObject> LeadStore::program(const QString& id) const
{
    if (m_programCache.isEmpty()) {
        QSqlQuery query(m_database.database());
        query.exec(QStringLiteral("SELECT id, body FROM programs"));
        while (query.next()) {
            m_programCache.insert(query.value(0).toString(), parse(query.value(1)));
        }
    }
    const auto found = m_programCache.constFind(id);
    if (found == m_programCache.constEnd()) {
        return std::nullopt;
    }
    QJsonObject program = *found;
    program.remove(LoanDataTemplateKey);
    return program;
}

QJsonObject LeadStore::loanDataTemplate(const QString& programId) const
{
    program(programId); // fills the cache
    return m_programCache.value(programId).value(LoanDataTemplateKey).toObject();
}

QJsonArray LeadStore::programs() const
{
    program(QString()); // fills the cache
    QList<QJsonObject> all;
    for (const QString& id : m_programCache.keys()) {
        all.append(*program(id));
    }
    std::sort(all.begin(), all.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("name")).toString() < b.value(QStringLiteral("name")).toString();
    });
    QJsonArray array;
    for (const QJsonObject& entry : all) {
        array.append(entry);
    }
    return array;
}

QString LeadStore::programName(const QString& id) const
{
    const std::optional<QJsonObject> found = program(id);
    return found ? found->value(QStringLiteral("name")).toString() : QString();
}

bool LeadStore::insertLead(const QJsonObject& lead, const LeadSummary& summary, const QString& searchText)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral(
        "INSERT INTO leads (id, ref_id, name, search, status, program_id, product_type, approved, operative,"
        " available, total_outstanding, dpd, npa_category, line_count, created_at, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(lead.value(QStringLiteral("id")).toString());
    query.addBindValue(lead.value(QStringLiteral("ref_id")).toString());
    query.addBindValue(lead.value(QStringLiteral("name")).toString());
    query.addBindValue(searchText);
    query.addBindValue(lead.value(QStringLiteral("status")).toString());
    query.addBindValue(lead.value(QStringLiteral("program_id")).toString());
    query.addBindValue(summary.productType);
    query.addBindValue(summary.approved);
    query.addBindValue(summary.operative);
    query.addBindValue(summary.available);
    query.addBindValue(summary.totalOutstanding);
    query.addBindValue(summary.dpd);
    query.addBindValue(summary.npaCategory);
    query.addBindValue(summary.lineCount);
    query.addBindValue(lead.value(QStringLiteral("created_at")).toDouble());
    query.addBindValue(serialize(lead));
    if (!query.exec()) {
        return false;
    }
    if (!m_database.hasFullTextSearch()) {
        return true;
    }
    QSqlQuery search(m_database.database());
    search.prepare(QStringLiteral("INSERT INTO leads_search (rowid, search) VALUES (?, ?)"));
    search.addBindValue(query.lastInsertId());
    search.addBindValue(searchText);
    return search.exec();
}

std::optional<QJsonObject> LeadStore::lead(const QString& id) const
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("SELECT ") + LeadColumns + QStringLiteral(" FROM leads WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return leadFromRow(query);
}

bool LeadStore::updateLead(const QString& id, const QJsonObject& lead, const QString& searchText)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("UPDATE leads SET body = ?, name = ?, status = ?, search = ? WHERE id = ?"));
    query.addBindValue(serialize(lead));
    query.addBindValue(lead.value(QStringLiteral("name")).toString());
    query.addBindValue(lead.value(QStringLiteral("status")).toString());
    query.addBindValue(searchText);
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return false;
    }
    if (!m_database.hasFullTextSearch()) {
        return true;
    }
    QSqlQuery search(m_database.database());
    search.prepare(
        QStringLiteral("UPDATE leads_search SET search = ? WHERE rowid = (SELECT rowid FROM leads WHERE id = ?)"));
    search.addBindValue(searchText);
    search.addBindValue(id);
    return search.exec();
}

bool LeadStore::removeLead(const QString& id)
{
    if (m_database.hasFullTextSearch()) {
        QSqlQuery search(m_database.database());
        search.prepare(QStringLiteral("DELETE FROM leads_search WHERE rowid = (SELECT rowid FROM leads WHERE id = ?)"));
        search.addBindValue(id);
        if (!search.exec()) {
            return false;
        }
    }
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("DELETE FROM leads WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool LeadStore::updateSummary(const QString& leadId, const LeadSummary& summary)
{
    QSqlQuery query(m_database.database());
    query.prepare(QStringLiteral("UPDATE leads SET product_type = ?, approved = ?, operative = ?, available = ?,"
                                 " total_outstanding = ?, dpd = ?, npa_category = ?, line_count = ? WHERE id = ?"));
    for (const QVariant& value :
        QVariantList { summary.productType, summary.approved, summary.operative, summary.available,
            summary.totalOutstanding, summary.dpd, summary.npaCategory, summary.lineCount, leadId }) {
        query.addBindValue(value);
    }
    return query.exec();
}

bool LeadStore::refreshSummaries()
{
    QSqlQuery query(m_database.database());
    if (!query.exec(QStringLiteral("SELECT id FROM leads"))) {
        return false;
    }
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    return m_database.transaction([&] {
        return std::all_of(ids.cbegin(), ids.cend(),
            [this](const QString& id) { return updateSummary(id, LeadSummary::fromPrograms(leadPrograms(id))); });
    });
}

bool LeadStore::insertLeadProgram(const QString& leadId, int position, const QJsonObject& leadProgram)
{
    QSqlQuery query(m_database.database());
    query.prepare(
        QStringLiteral("INSERT INTO lead_programs (id, lead_id, program_id, position, body) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(leadProgram.value(QStringLiteral("id")).toString());
    query.addBindValue(leadId);
    query.addBindValue(leadProgram.value(QStringLiteral("program_id")).toString());
    query.addBindValue(position);
    query.addBindValue(serialize(leadProgram));
    return query.exec();
}

QJsonObject LeadStore::leadFromRow(const QSqlQuery& query) const
{
    QJsonObject lead = parse(query.value(0));
    LeadSummary summary;
    summary.programId = query.value(1).toString();
    summary.productType = query.value(2).toString();
    summary.approved = query.value(3).toLongLong();
    summary.operative = query.value(4).toLongLong();
    summary.available = query.value(5).toLongLong();
    summary.totalOutstanding = query.value(6).toLongLong();
    summary.dpd = query.value(7).toInt();
    summary.npaCategory = query.value(8).toString();
    summary.lineCount = query.value(9).toInt();
    lead.insert(QStringLiteral("line_summary"), summary.toJson(programName(summary.programId)));
    return lead;
}

QJsonObject LeadStore::withProgram(QJsonObject leadProgram) const
{
    const std::optional<QJsonObject> found = program(leadProgram.value(QStringLiteral("program_id")).toString());
    if (found) {
        leadProgram.insert(QStringLiteral("program"), *found);
    }
    return leadProgram;
}

QJsonArray LeadStore::leadPrograms(const QString& leadId) const
{
    return leadProgramsFor({ leadId }).value(leadId);
}

QHash<QString, QJsonArray> LeadStore::leadProgramsFor(const QStringList& leadIds) const
{
    QHash<QString, QJsonArray> programs;
    if (leadIds.isEmpty()) {
        return programs;
    }
    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT lead_id, body FROM lead_programs WHERE lead_id IN (%1)"
                                 " ORDER BY lead_id, position")
                      .arg(QStringList(leadIds.size(), QStringLiteral("?")).join(u',')));
    for (const QString& id : leadIds) {
        query.addBindValue(id);
    }
    if (query.exec()) {
        while (query.next()) {
            programs[query.value(0).toString()].append(withProgram(parse(query.value(1))));
        }
    }
    return programs;
}

LeadStore::ListResult LeadStore::list(const LeadListQuery& listQuery) const
{
    ListResult result;
    QSqlQuery count(m_database.database());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM leads") + listQuery.whereClause());
    for (const QVariant& value : listQuery.bindings()) {
        count.addBindValue(value);
    }
    if (count.exec() && count.next()) {
        result.count = count.value(0).toLongLong();
    }

    QSqlQuery query(m_database.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + LeadColumns + QStringLiteral(" FROM leads") + listQuery.whereClause()
        + listQuery.orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& value : listQuery.bindings()) {
        query.addBindValue(value);
    }
    query.addBindValue(listQuery.pageSize());
    query.addBindValue(qint64(listQuery.page() - 1) * listQuery.pageSize());
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        result.leads.append(leadFromRow(query));
    }
    return result;
}

QString LeadStore::searchText(const QJsonObject& lead, const QList<QJsonObject>& applicants)
{
    QStringList parts { lead.value(QStringLiteral("name")).toString(), lead.value(QStringLiteral("ref_id")).toString(),
        lead.value(QStringLiteral("primary_mobile")).toString() };
    for (const QJsonObject& applicant : applicants) {
        parts << applicant.value(QStringLiteral("name")).toString() << applicant.value(QStringLiteral("pan")).toString()
              << applicant.value(QStringLiteral("mobile")).toString();
    }
    return parts.join(u'|').toLower();
}

qint64 LeadStore::leadCount() const
{
    QSqlQuery query(m_database.database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Crego::Sandbox
