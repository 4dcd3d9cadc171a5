// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Models {

//! A record a document can belong to: the lead, one of its applicants or bank accounts, and how to name it.
struct RelatedRecord
{
    QString model; //!< "lead", "applicant" or "bank"
    QString id;
    QString label; //!< "Lead: Surya Auto Agencies", "Applicant: Asha Rao", "Bank account ••••1234 (Asha Rao)"
};

} // namespace Crego::Models
