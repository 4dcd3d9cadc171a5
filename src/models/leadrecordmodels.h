// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordtablemodel.h"
#include "totalrowmodel.h"

#include "address.h"
#include "applicant.h"
#include "bankaccount.h"
#include "document.h"
#include "leadprogram.h"

#include <QCoreApplication>

namespace Crego::Models {

//! The tables of one lead: applicants (primary marked), bank accounts (masked numbers, verification),
//! documents (type, name, size, uploaded), addresses, and the programs with their credit lines — each a
//! RecordTableModel with its columns.
class LeadRecordModels
{
public:
    //! The documents table's columns.
    enum DocumentColumn { DocumentThumbnail, DocumentType, DocumentName, DocumentSize, DocumentRelated };
    //! The programs table's columns.
    enum ProgramColumn {
        ProgramName,
        ProgramProduct,
        ProgramStatus,
        ProgramPrimary,
        ProgramApproved,
        ProgramOperative,
        ProgramAvailable,
        ProgramUtilization,
        ProgramOutstanding,
        ProgramDpd,
        ProgramPeakDpd,
        ProgramNpaClass,
        ProgramExpiry,
        ProgramHold
    };

private:
    Q_DECLARE_TR_FUNCTIONS(LeadRecordModels)

public:
    static RecordTableModel<Core::Applicant>* applicants(QObject* parent);
    //! \a applicantName names the account's applicant (the first column: accounts grouped by applicant).
    static RecordTableModel<Core::BankAccount>* banks(
        QObject* parent, std::function<QString(const QString& applicantId)> applicantName = {});
    //! Thumbnail, type, name, size, belongs to (its raw value the record's id), uploaded, notes.
    //! \a relatedName names the record a document belongs to ("Applicant: Asha Rao"); \a thumbnail gives an
    //! image document's small picture (a QImage, or nothing yet).
    static RecordTableModel<Core::Document>* documents(QObject* parent,
        std::function<QString(const QString& relatedId)> relatedName = {},
        std::function<QVariant(const Core::Document&)> thumbnail = {});
    //! \a applicantName names the address's applicant (the first column: addresses grouped by applicant).
    static RecordTableModel<Core::Address>* addresses(
        QObject* parent, std::function<QString(const QString& applicantId)> applicantName = {});
    //! Program, product, status, primary, approved/operative/available line, utilization, outstanding,
    //! DPD and peak DPD, NPA class, expiry and hold: one row per program of the lead.
    static RecordTableModel<Core::LeadProgram>* programs(QObject* parent);
    //! \a programs with a total row under them once there are two or more: the amounts summed, the
    //! utilization of all lines together, the worst DPD, peak DPD and NPA class.
    static TotalRowModel* programsWithTotal(RecordTableModel<Core::LeadProgram>* programs, QObject* parent);
};

} // namespace Crego::Models
