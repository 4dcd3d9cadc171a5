// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"
#include "applicant.h"
#include "bankaccount.h"
#include "document.h"
#include "lead.h"
#include "leadprogram.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Crego::Export {

//! Everything a borrower's line report shows, gathered from one lead's page (or loaded for the headless
//! command): the lead, its programs with their lines and pricing, and its records.
struct LineReport
{
    Core::Lead lead;
    QList<Core::LeadProgram> programs;
    QList<Core::Applicant> applicants;
    QList<Core::BankAccount> banks;
    QList<Core::Address> addresses;
    QList<Core::Document> documents;
    //! What each record is called where another belongs to it ("Applicant: Asha Rao"), by id.
    QHash<QString, QString> recordLabels;

    QString connection; //!< "Sandbox (http://127.0.0.1:8080)"
    QDateTime asOf;
    //! Account numbers in full: the user ticked it and confirmed; the workbook says so in its header.
    bool fullAccountNumbers = false;
};

//! One part of what a line owes — principal, interest, overdue or penal interest — or their total.
struct LineComponent
{
    Q_DECLARE_TR_FUNCTIONS(LineComponent)

public:
    QString name;
    Core::Money outstanding;
    Core::Money paid;
    Core::Money due; //!< due now

    //! The four components of \a line, then the total row, as the line report's tables list them.
    static QList<LineComponent> of(const Core::LineDetail& line);
};

} // namespace Crego::Export
