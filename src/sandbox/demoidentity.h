// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referencedata.h"

#include <QRandomGenerator>
#include <QString>

namespace Crego::Sandbox {

//! Made-up Indian people and businesses with identifiers that satisfy the formats only (PAN, GSTIN,
//! mobile, Aadhaar check digit) — never real ones. Deterministic for a given random generator.
class DemoIdentity
{
public:
    explicit DemoIdentity(QRandomGenerator& random);

    struct Person
    {
        QString firstName;
        QString surname;
        QString gender;
        QString fullName() const { return firstName + u' ' + surname; }
    };

    Person person();
    //! "Sri Balaji Distributors", "Iyer Agencies", ...; \a surname gives a proprietor's flavour.
    QString businessName(const QString& surname);
    //! 5 letters, 4 digits, a letter; the 4th letter is \a holderType, the 5th the initial of \a name.
    QString pan(QChar holderType, const QString& name);
    QString gstin(const QString& stateCode, const QString& pan);
    QString mobile();
    QString email(const Person& person, const QString& domain);
    //! A Verhoeff-valid 12-digit number, returned masked ("XXXX XXXX 1234") so the full one never exists.
    QString maskedAadhaar();
    QString accountNumber();
    QString uuid();
    const CityInfo& city();
    QString streetAddress();

    int bounded(int highest) { return int(m_random.bounded(quint32(highest))); }
    bool chance(double probability) { return m_random.generateDouble() < probability; }

private:
    QChar letter();

    QRandomGenerator& m_random;
};

} // namespace Crego::Sandbox
