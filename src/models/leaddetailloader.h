// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "recordkind.h"
#include "recordtablemodel.h"

#include "address.h"
#include "applicant.h"
#include "bankaccount.h"
#include "document.h"
#include "lead.h"
#include "leadprogram.h"
#include "relatedrecord.h"
#include "serviceaccount.h"
#include "tokenpair.h"

#include <QObject>

#include <array>

namespace Crego::Api {
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

class DocumentThumbnails;

//! Everything one lead's page shows, loaded in parallel and kept here: the lead, its programs, the
//! applicant, bank, document and address tables (models the page's views read), and its service
//! accounts — each part with its own load state. Records are owner-exact: banks and addresses are asked
//! for per applicant and documents per related record, unless the server has shown that `?lead=` returns
//! one lead's records only; a record that names another owner is dropped (and logged), never shown. The
//! record editors save through it.
class LeadDetailLoader final : public QObject
{
    Q_OBJECT

public:
    enum class Part { Lead, Programs, Applicants, Banks, Documents, Addresses, ServiceAccounts, PartCount };
    Q_ENUM(Part)
    enum class State { Loading, Loaded, Failed };
    Q_ENUM(State)

    LeadDetailLoader(Api::CregoClient* client, const QString& leadId, QObject* parent = nullptr);

    QString leadId() const { return m_leadId; }
    //! Sends every request again, all at once.
    void reload();
    State state(Part part) const { return m_parts[size_t(part)].state; }
    //! Why \a part failed to load (the user's words), or empty.
    QString errorMessage(Part part) const { return m_parts[size_t(part)].error.message(); }
    //! Records of \a part the server sent but that could not be read (left out; reasons in the log).
    int unreadable(Part part) const { return m_parts[size_t(part)].unreadable; }

    const Core::Lead& lead() const { return m_lead; }
    const QList<Core::LeadProgram>& programs() const { return m_programs; }
    const QList<Core::ServiceAccount>& serviceAccounts() const { return m_serviceAccounts; }
    RecordTableModel<Core::Applicant>* applicants() const { return m_applicants; }
    RecordTableModel<Core::BankAccount>* banks() const { return m_banks; }
    RecordTableModel<Core::Document>* documents() const { return m_documents; }
    RecordTableModel<Core::Address>* addresses() const { return m_addresses; }

    //! Sends the lead to the LOS or LMS (\a service "los" or "lms"); sentToService() tells the outcome and
    //! the service accounts load again after a success.
    void sendToService(const QString& service);

    //! A record a form saved: its row is replaced or added.
    void applySaved(RecordKind kind, const QJsonObject& record);
    //! Deletes an applicant (never the primary one: refused with the reason) or a bank account.
    void deleteRecord(RecordKind kind, const QString& id);
    //! Marks \a applicantId primary: the table shows it at once and goes back if the server refuses.
    void markPrimary(const QString& applicantId);
    //! Penny-drop verification of one bank account (it may cost money: only ever on request).
    void verifyBank(const QString& bankId);
    //! Saves document \a id's file to \a filePath (whole, or not at all); downloadProgress() as it comes,
    //! actionFinished() at the end.
    void downloadDocument(const QString& id, const QString& filePath);
    //! Asks for a token a borrower-facing app can act with for this lead; borrowerTokenIssued() follows.
    void issueBorrowerToken();
    //! The applicant with \a id, or nullptr.
    const Core::Applicant* applicant(const QString& id) const;
    //! What a document can belong to: the lead, then each applicant, then each bank account.
    QList<RelatedRecord> relatedRecords() const;
    //! How the record \a id is called in relatedRecords(), or "" when it is not this lead's.
    QString relatedLabel(const QString& id) const;

Q_SIGNALS:
    //! \a part started loading, arrived, or failed.
    void partChanged(Crego::Models::LeadDetailLoader::Part part);
    //! The outcome of sendToService(); \a error is empty on success.
    void sentToService(const QString& service, const Crego::Api::ApiError& error);
    //! The outcome of deleteRecord(), markPrimary() or verifyBank(), in a sentence for the user.
    void actionFinished(const QString& message, bool succeeded);
    void downloadProgress(const QString& documentId, qint64 received, qint64 total);
    //! The outcome of issueBorrowerToken(): the token (a secret: shown once, never kept) or an error.
    void borrowerTokenIssued(const Core::TokenPair& token, const Crego::Api::ApiError& error);

private:
    struct PartState
    {
        State state = State::Loading;
        Api::ApiError error;
        int unreadable = 0;
    };
    //! One owner-exact list: the lead's records through `?lead=` where the server honours it, else the
    //! records of each owner; keeps those whose owner is one of \a owners.
    template<typename Record> struct OwnedList;
    void setState(Part part, State state, const Api::ApiError& error = Api::ApiError());
    void loadRecordsOf(const Core::Lead& lead);
    void loadBanksAndAddresses();
    void loadDocuments();
    template<typename Record> void loadOwned(const OwnedList<Record>& list);
    //! Marks \a part as loading and returns the callback for its call: a value goes to \a store, an error
    //! to the part's state.
    template<typename Value, typename Store> auto loading(Part part, Store store);
    void loadServiceAccounts();

    Api::CregoClient* m_client;
    QString m_leadId;
    std::array<PartState, size_t(Part::PartCount)> m_parts;
    Core::Lead m_lead;
    QList<Core::LeadProgram> m_programs;
    QList<Core::ServiceAccount> m_serviceAccounts;
    RecordTableModel<Core::Applicant>* m_applicants;
    RecordTableModel<Core::BankAccount>* m_banks;
    DocumentThumbnails* m_thumbnails; //!< before m_documents, whose pictures it gives
    RecordTableModel<Core::Document>* m_documents;
    RecordTableModel<Core::Address>* m_addresses;
    int m_generation = 0; //!< bumped by reload(): answers to an earlier one are dropped
};

} // namespace Crego::Models
