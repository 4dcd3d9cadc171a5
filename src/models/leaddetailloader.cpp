// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailloader.h"

#include "cregoclient.h"
#include "datetext.h"
#include "documentthumbnails.h"
#include "jsoncodec.h"

#include "leadrecordmodels.h"
#include "logging.h"
#include "validators.h"
#include <QDir>

#include <memory>

namespace Crego::Models {

LeadDetailLoader::LeadDetailLoader(Api::CregoClient* client, const QString& leadId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_leadId(leadId)
    , m_applicants(LeadRecordModels::applicants(this))
    , m_banks(LeadRecordModels::banks(this,
          [this](const QString& applicantId) {
              const Core::Applicant* owner = applicant(applicantId);
              return owner ? owner->name : QString();
          }))
    , m_thumbnails(new DocumentThumbnails(client, this))
    , m_documents(LeadRecordModels::documents(
          this, [this](const QString& id) { return relatedLabel(id); },
          [this](const Core::Document& document) { return m_thumbnails->thumbnail(document); }))
    , m_addresses(LeadRecordModels::addresses(this, [this](const QString& applicantId) {
        const Core::Applicant* owner = applicant(applicantId);
        return owner ? owner->name : QString();
    }))
{
    connect(m_thumbnails, &DocumentThumbnails::ready, this, [this](const QString& id) { m_documents->refresh(id); });
}

template<typename Record> struct LeadDetailLoader::OwnedList
{
    using Fetch = std::function<Api::ApiCall*(const QString& id, Api::CregoClient::Callback<QList<Record>> callback)>;

    Part part;
    RecordTableModel<Record>* model;
    QStringList owners; //!< whose records belong on this lead's page
    std::function<QString(const Record&)> ownerOf;
    Fetch byLead; //!< `?lead=`
    Fetch byOwner; //!< the contract's look-up by owner
    std::function<void()> then; //!< runs once the list has settled, loaded or not
};

namespace {

//! The records of \a records that \a owners own; \a foreign counts the others.
template<typename Record, typename OwnerOf>
QList<Record> keepOwned(const QList<Record>& records, const QStringList& owners, OwnerOf ownerOf, int& foreign)
{
    QList<Record> owned;
    for (const Record& record : records) {
        if (owners.contains(ownerOf(record))) {
            owned.append(record);
        } else {
            ++foreign;
        }
    }
    return owned;
}

} // namespace

void LeadDetailLoader::setState(Part part, State state, const Api::ApiError& error)
{
    const int unreadable = state == State::Loading ? 0 : m_parts[size_t(part)].unreadable;
    m_parts[size_t(part)] = { state, error, unreadable };
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
    const int generation = ++m_generation;
    loadServiceAccounts();
    m_client->leadPrograms(m_leadId, this,
        loading<QList<Core::LeadProgram>>(
            Part::Programs, [this](const QList<Core::LeadProgram>& programs) { m_programs = programs; }));
    for (Part part : { Part::Lead, Part::Applicants, Part::Banks, Part::Documents, Part::Addresses }) {
        setState(part, State::Loading);
    }
    m_client->lead(m_leadId, this, [this, generation](const Api::ApiResult<Core::Lead>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            for (Part part : { Part::Lead, Part::Applicants, Part::Banks, Part::Documents, Part::Addresses }) {
                setState(part, State::Failed, result.error());
            }
            return;
        }
        m_lead = result.value();
        setState(Part::Lead, State::Loaded);
        loadRecordsOf(m_lead);
    });
}

void LeadDetailLoader::loadRecordsOf(const Core::Lead& lead)
{
    const auto ofThisLead
        = [this](const Core::Applicant& applicant) { return applicant.lead.isEmpty() ? m_leadId : applicant.lead; };
    if (!lead.applicants.isEmpty()) { // the lead brings its applicants with it
        int foreign = 0;
        m_applicants->setRecords(keepOwned(lead.applicants, { m_leadId }, ofThisLead, foreign));
        setState(Part::Applicants, State::Loaded);
        loadBanksAndAddresses();
        return;
    }
    const int generation = m_generation;
    m_client->applicantsOfLead(
        m_leadId, this, [this, generation, ofThisLead](const Api::ApiResult<QList<Core::Applicant>>& result) {
            if (generation != m_generation) {
                return;
            }
            if (!result.ok()) {
                setState(Part::Applicants, State::Failed, result.error());
                loadBanksAndAddresses();
                return;
            }
            int foreign = 0;
            m_applicants->setRecords(keepOwned(result.value(), { m_leadId }, ofThisLead, foreign));
            if (foreign > 0) {
                m_client->conventions().leadFilter = Api::ServerConventions::Support::No;
                qCWarning(lcModels) << "the server ignores ?lead= on applicants:" << foreign
                                    << "applicants of other leads left out";
            }
            m_parts[size_t(Part::Applicants)].unreadable = int(result.skipped().size());
            setState(Part::Applicants, State::Loaded);
            loadBanksAndAddresses();
        });
}

void LeadDetailLoader::loadBanksAndAddresses()
{
    QStringList applicants;
    for (const Core::Applicant& applicant : m_applicants->records()) {
        applicants.append(applicant.id);
    }
    loadOwned(OwnedList<Core::BankAccount> { Part::Banks, m_banks, applicants,
        [](const Core::BankAccount& bank) { return bank.applicant; },
        [this](const QString& id, auto callback) { return m_client->banksOfLead(id, this, callback); },
        [this](const QString& id, auto callback) { return m_client->banksOfApplicant(id, this, callback); },
        [this] { loadDocuments(); } });
    loadOwned(OwnedList<Core::Address> { Part::Addresses, m_addresses, applicants,
        [](const Core::Address& address) { return address.applicant; },
        [this](const QString& id, auto callback) { return m_client->addressesOfLead(id, this, callback); },
        [this](const QString& id, auto callback) { return m_client->addressesOfApplicant(id, this, callback); }, {} });
}

void LeadDetailLoader::loadDocuments()
{
    QStringList related { m_leadId };
    for (const Core::Applicant& applicant : m_applicants->records()) {
        related.append(applicant.id);
    }
    for (const Core::BankAccount& bank : m_banks->records()) {
        related.append(bank.id);
    }
    loadOwned(OwnedList<Core::Document> { Part::Documents, m_documents, related,
        [](const Core::Document& document) { return document.relatedModelId; },
        [this](const QString& id, auto callback) { return m_client->documentsOfLead(id, this, callback); },
        [this](const QString& id, auto callback) { return m_client->documentsOfRelated(id, this, callback); }, {} });
}

template<typename Record> void LeadDetailLoader::loadOwned(const OwnedList<Record>& list)
{
    const int generation = m_generation;
    // What the per-owner look-ups gather until the last one answers.
    struct Gathered
    {
        QList<Record> records;
        Api::ApiError error;
        int unreadable = 0;
        int foreign = 0;
        qsizetype pending = 0;
    };
    const auto settle = [this, list](const Gathered& gathered) {
        if (gathered.foreign > 0) {
            qCWarning(lcModels) << gathered.foreign << "records of other owners dropped from" << list.part;
        }
        m_parts[size_t(list.part)].unreadable = gathered.unreadable;
        if (gathered.error.isError()) {
            setState(list.part, State::Failed, gathered.error);
        } else {
            // Grouped by owner, in the owners' order (each applicant's accounts together).
            QList<Record> grouped = gathered.records;
            std::stable_sort(grouped.begin(), grouped.end(), [&list](const Record& a, const Record& b) {
                return list.owners.indexOf(list.ownerOf(a)) < list.owners.indexOf(list.ownerOf(b));
            });
            list.model->setRecords(grouped);
            setState(list.part, State::Loaded);
        }
        if (list.then) {
            list.then();
        }
    };
    const auto byOwners = [this, list, generation, settle] {
        if (list.owners.isEmpty()) {
            settle(Gathered {});
            return;
        }
        auto gathered = std::make_shared<Gathered>();
        gathered->pending = list.owners.size();
        for (const QString& owner : list.owners) {
            list.byOwner(
                owner, [this, list, generation, settle, gathered, owner](const Api::ApiResult<QList<Record>>& result) {
                    if (generation != m_generation) {
                        return;
                    }
                    if (result.ok()) {
                        gathered->records.append(keepOwned(result.value(), { owner }, list.ownerOf, gathered->foreign));
                        gathered->unreadable += int(result.skipped().size());
                    } else if (!gathered->error.isError()) {
                        gathered->error = result.error();
                    }
                    if (--gathered->pending == 0) {
                        settle(*gathered);
                    }
                });
        }
    };
    if (m_client->conventions().leadFilter == Api::ServerConventions::Support::No) {
        byOwners();
        return;
    }
    list.byLead(m_leadId, [this, list, generation, settle, byOwners](const Api::ApiResult<QList<Record>>& result) {
        if (generation != m_generation) {
            return;
        }
        Gathered gathered;
        if (!result.ok()) {
            gathered.error = result.error();
            settle(gathered);
            return;
        }
        gathered.records = keepOwned(result.value(), list.owners, list.ownerOf, gathered.foreign);
        if (gathered.foreign > 0) {
            // Everyone's records: the server does not know the filter. Ask as the contract says.
            m_client->conventions().leadFilter = Api::ServerConventions::Support::No;
            qCWarning(lcModels) << "the server ignores ?lead=; asking per owner instead";
            byOwners();
            return;
        }
        if (!gathered.records.isEmpty()) {
            m_client->conventions().leadFilter = Api::ServerConventions::Support::Yes;
        }
        gathered.unreadable = int(result.skipped().size());
        settle(gathered);
    });
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

const Core::Applicant* LeadDetailLoader::applicant(const QString& id) const
{
    const int row = m_applicants->rowOf(id);
    return row < 0 ? nullptr : &m_applicants->record(row);
}

QList<RelatedRecord> LeadDetailLoader::relatedRecords() const
{
    QList<RelatedRecord> records;
    records.append({ QStringLiteral("lead"), m_leadId,
        tr("Lead: %1").arg(m_lead.displayName().isEmpty() ? m_leadId : m_lead.displayName()) });
    for (const Core::Applicant& applicant : m_applicants->records()) {
        records.append({ QStringLiteral("applicant"), applicant.id, tr("Applicant: %1").arg(applicant.name) });
    }
    for (const Core::BankAccount& bank : m_banks->records()) {
        const Core::Applicant* owner = applicant(bank.applicant);
        records.append({ QStringLiteral("bank"), bank.id,
            tr("Bank account %1 %2 (%3)")
                .arg(bank.bankName, Core::Validators::maskAccountNumber(bank.accountNumber),
                    owner ? owner->name : tr("unknown applicant")) });
    }
    return records;
}

QString LeadDetailLoader::relatedLabel(const QString& id) const
{
    if (id == m_leadId) {
        return tr("Lead");
    }
    if (const Core::Applicant* owner = applicant(id)) {
        return tr("Applicant: %1").arg(owner->name);
    }
    const int bank = m_banks->rowOf(id);
    if (bank >= 0) {
        const Core::BankAccount& account = m_banks->record(bank);
        return tr("Bank account %1 %2")
            .arg(account.bankName, Core::Validators::maskAccountNumber(account.accountNumber));
    }
    return QString();
}

namespace {

//! \a record decoded into \a model's record type and put in its row (or a new one).
template<typename Record> bool upsertJson(RecordTableModel<Record>* model, const QJsonObject& record)
{
    Record decoded;
    Core::JsonError error;
    if (!Core::JsonCodec::decode(QJsonDocument(record).toJson(QJsonDocument::Compact), decoded, error)) {
        qCWarning(lcModels) << "a saved record could not be read:" << error.toString();
        return false;
    }
    model->upsert(decoded);
    return true;
}

} // namespace

void LeadDetailLoader::applySaved(RecordKind kind, const QJsonObject& record)
{
    switch (kind) {
    case RecordKind::Applicant:
        if (upsertJson(m_applicants, record)) {
            setState(Part::Applicants, State::Loaded);
        }
        break;
    case RecordKind::BankAccount:
        if (upsertJson(m_banks, record)) {
            setState(Part::Banks, State::Loaded);
        }
        break;
    case RecordKind::Address:
        if (upsertJson(m_addresses, record)) {
            setState(Part::Addresses, State::Loaded);
        }
        break;
    case RecordKind::Document:
        if (upsertJson(m_documents, record)) {
            setState(Part::Documents, State::Loaded);
        }
        break;
    }
}

void LeadDetailLoader::deleteRecord(RecordKind kind, const QString& id)
{
    const auto done = [this, kind, id](const Api::ApiResult<Api::Done>& result) {
        if (!result.ok()) {
            Q_EMIT actionFinished(tr("Not deleted: %1").arg(result.error().message()), false);
            return;
        }
        switch (kind) {
        case RecordKind::Applicant:
            m_applicants->removeRecord(id);
            setState(Part::Applicants, State::Loaded);
            break;
        case RecordKind::BankAccount:
            m_banks->removeRecord(id);
            setState(Part::Banks, State::Loaded);
            break;
        case RecordKind::Address:
            m_addresses->removeRecord(id);
            setState(Part::Addresses, State::Loaded);
            break;
        case RecordKind::Document:
            m_documents->removeRecord(id);
            setState(Part::Documents, State::Loaded);
            break;
        }
        Q_EMIT actionFinished(tr("Deleted."), true);
    };
    switch (kind) {
    case RecordKind::BankAccount:
        m_client->deleteBank(id, this, done);
        return;
    case RecordKind::Address:
        m_client->deleteAddress(id, this, done);
        return;
    case RecordKind::Document:
        m_client->deleteDocument(id, this, done);
        return;
    case RecordKind::Applicant:
        break;
    }
    if (const Core::Applicant* record = applicant(id); record && record->isPrimary) {
        Q_EMIT actionFinished(tr("%1 is the primary applicant and cannot be deleted; mark another applicant as "
                                 "primary first.")
                                  .arg(record->name),
            false);
        return;
    }
    m_client->deleteApplicant(id, this, done);
}

void LeadDetailLoader::markPrimary(const QString& applicantId)
{
    const QList<Core::Applicant> before = m_applicants->records();
    QList<Core::Applicant> after = before;
    for (Core::Applicant& applicant : after) {
        applicant.isPrimary = applicant.id == applicantId;
    }
    m_applicants->setRecords(after);
    setState(Part::Applicants, State::Loaded);
    m_client->markPrimaryApplicant(applicantId, this, [this, before](const Api::ApiResult<Core::Applicant>& result) {
        if (!result.ok()) {
            m_applicants->setRecords(before);
            setState(Part::Applicants, State::Loaded);
            Q_EMIT actionFinished(tr("The primary applicant was not changed: %1").arg(result.error().message()), false);
            return;
        }
        Q_EMIT actionFinished(tr("%1 is now the primary applicant.").arg(result.value().name), true);
    });
}

void LeadDetailLoader::downloadDocument(const QString& id, const QString& filePath)
{
    Api::ApiCall* call
        = m_client->downloadDocument(id, filePath, this, [this, filePath](const Api::ApiResult<Api::Done>& result) {
              Q_EMIT actionFinished(result.ok() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(filePath))
                                                : tr("Not saved: %1").arg(result.error().message()),
                  result.ok());
          });
    connect(call, &Api::ApiCall::downloadProgress, this,
        [this, id](qint64 received, qint64 total) { Q_EMIT downloadProgress(id, received, total); });
}

void LeadDetailLoader::issueBorrowerToken()
{
    m_client->borrowerToken(m_leadId, this, [this](const Api::ApiResult<Core::TokenPair>& result) {
        Q_EMIT borrowerTokenIssued(
            result.ok() ? result.value() : Core::TokenPair(), result.ok() ? Api::ApiError() : result.error());
    });
}

void LeadDetailLoader::verifyBank(const QString& bankId)
{
    m_client->verifyBank(bankId, this, [this](const Api::ApiResult<Core::BankAccount>& result) {
        if (!result.ok()) {
            Q_EMIT actionFinished(tr("Not verified: %1").arg(result.error().message()), false);
            return;
        }
        const Core::BankAccount& bank = result.value();
        m_banks->upsert(bank);
        const std::optional<int> percent = bank.nameMatchPercent();
        QString outcome;
        if (bank.verification() == u"failed") {
            outcome = tr("the bank found no such account");
        } else if (percent) {
            outcome = *percent >= 90 ? tr("name matches (%1%)").arg(*percent)
                : *percent >= 60     ? tr("name partly matches (%1%)").arg(*percent)
                                     : tr("name does not match (%1%)").arg(*percent);
        } else {
            outcome = bank.nameMatched().value_or(false) ? tr("name matches") : tr("name does not match");
        }
        Q_EMIT actionFinished(tr("Verified %1 on %2: %3; name at the bank \"%4\".")
                                  .arg(Core::Validators::maskAccountNumber(bank.accountNumber),
                                      Core::DateText::dateTime(bank.verifiedAt), outcome, bank.nameAtBank),
            bank.verification() != u"failed");
    });
}

} // namespace Crego::Models
