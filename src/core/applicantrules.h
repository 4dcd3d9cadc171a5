// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"
#include "validationresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace Crego::Core {

//! What makes an applicant record right, shared by the app's form and the sandbox server: name, entity
//! type, a PAN whose 4th letter fits the entity type, mobile, email, an adult's date of birth, a GSTIN only
//! for businesses and carrying the PAN, Aadhaar kept as its last four digits only. check() normalises the
//! valid values in place (upper-case PAN, +91 mobile, a full Aadhaar number reduced to "XXXX XXXX 1234").
class ApplicantRules
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantRules)

public:
    //! "individual", "proprietorship", "partnership", "llp", "company", "huf", "trust".
    static QStringList entityTypes();
    static QString entityTypeName(const QString& entityType);
    //! Everything but an individual (GSTIN allowed, no age rule).
    static bool isBusiness(const QString& entityType) { return !entityType.isEmpty() && entityType != u"individual"; }
    //! The PAN 4th letters that fit \a entityType ("P" for an individual, "C" for a company...).
    static QString panLetters(const QString& entityType);
    static QStringList genders(); //!< "male", "female", "other"

    //! Checks every field \a applicant has; \a today dates the age rule.
    static FieldErrors check(QJsonObject& applicant, const QDate& today = QDate::currentDate());
    //! The Aadhaar field as typed: empty, the last four digits, the masked form, or a full 12-digit number
    //! (Verhoeff-checked). Normalised: "XXXX XXXX 1234".
    static ValidationResult aadhaar(const QString& input);
};

} // namespace Crego::Core
