// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoidentity.h"

#include "aadhaarvalidator.h"
#include "gstinvalidator.h"

namespace Crego::Sandbox {

namespace {

const char* const MaleNames[] = { "Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Karthik", "Suresh", "Ramesh",
    "Rajesh", "Manoj", "Vikram", "Sanjay", "Anil", "Deepak", "Harish", "Imran", "Farhan", "Gurpreet", "Harpreet",
    "Pranav", "Nikhil", "Siddharth", "Venkatesh", "Mahesh", "Ganesh", "Prakash", "Abhishek", "Yusuf", "Joseph",
    "Thomas", "Sandeep", "Naveen", "Ajay", "Kunal", "Mohit", "Rahul" };
const char* const FemaleNames[] = { "Aadhya", "Ananya", "Diya", "Priya", "Lakshmi", "Meena", "Sunita", "Kavita",
    "Anjali", "Pooja", "Neha", "Shreya", "Divya", "Revathi", "Sneha", "Fatima", "Zoya", "Simran", "Harleen", "Swati",
    "Bhavana", "Radha", "Geeta", "Nandini", "Asha", "Mary", "Shabana", "Tanvi", "Ishita", "Kiran" };
const char* const Surnames[] = { "Sharma", "Verma", "Iyer", "Iyengar", "Nair", "Menon", "Reddy", "Rao", "Naidu",
    "Patel", "Shah", "Mehta", "Desai", "Joshi", "Kulkarni", "Deshpande", "Patil", "Gupta", "Agarwal", "Bansal", "Singh",
    "Kaur", "Gill", "Chatterjee", "Banerjee", "Mukherjee", "Das", "Bose", "Khan", "Sheikh", "Qureshi", "Fernandes",
    "D'Souza", "Pillai", "Krishnan", "Subramanian", "Chauhan", "Yadav", "Mishra", "Tiwari", "Jain", "Goel", "Saxena",
    "Bhat", "Hegde", "Shetty", "Kamath", "Mathew" };
const char* const BusinessStems[] = { "Sri Balaji", "Sri Lakshmi", "Ganesh", "Sai", "Shree Krishna", "Om Sai",
    "Annapurna", "Bharat", "Jai Hind", "Navjeevan", "Surya", "Kaveri", "Ganga", "Himalaya", "Saraswati", "Vinayaka",
    "Murugan", "New India", "Royal", "Classic", "Modern", "Sunrise", "Prakash", "Mahalakshmi" };
const char* const BusinessKinds[]
    = { "Distributors", "Traders", "Agencies", "Enterprises", "Stores", "Marketing", "Sales Corporation", "Wholesale",
          "Auto Agencies", "Motors", "Paints & Hardware", "FMCG Distributors", "Supply Co", "Trading Company" };
const char* const Streets[] = { "MG Road", "Station Road", "Gandhi Nagar", "Nehru Street", "Market Road",
    "Industrial Estate", "Main Bazaar", "Ring Road", "Anna Salai", "Linking Road", "Park Street", "Civil Lines",
    "Sector 18", "Bank Colony", "Temple Street", "Railway Feeder Road" };

template<typename T, size_t N> QString pick(QRandomGenerator& random, const T (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(quint32(N))]);
}

} // namespace

DemoIdentity::DemoIdentity(QRandomGenerator& random)
    : m_random(random)
{ }

DemoIdentity::Person DemoIdentity::person()
{
    const bool female = chance(0.42);
    return Person { female ? pick(m_random, FemaleNames) : pick(m_random, MaleNames), pick(m_random, Surnames),
        female ? QStringLiteral("female") : QStringLiteral("male") };
}

QString DemoIdentity::businessName(const QString& surname)
{
    const QString stem = chance(0.3) ? surname : pick(m_random, BusinessStems);
    return stem + u' ' + pick(m_random, BusinessKinds);
}

QChar DemoIdentity::letter()
{
    return QChar(u'A' + m_random.bounded(26));
}

QString DemoIdentity::pan(QChar holderType, const QString& name)
{
    QString initial = name.trimmed().left(1).toUpper();
    if (initial.isEmpty() || !initial.at(0).isLetter() || initial.at(0).unicode() > 'Z') {
        initial = QStringLiteral("X");
    }
    return QString(letter()) + letter() + letter() + holderType + initial
        + QStringLiteral("%1").arg(m_random.bounded(1, 10000), 4, 10, QLatin1Char('0')) + letter();
}

QString DemoIdentity::gstin(const QString& stateCode, const QString& pan)
{
    const QString first14 = stateCode + pan + u'1' + u'Z';
    return first14 + Core::GstinValidator::checkCharacter(first14);
}

QString DemoIdentity::mobile()
{
    return QString::number(6 + m_random.bounded(4))
        + QStringLiteral("%1").arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0'));
}

QString DemoIdentity::email(const Person& person, const QString& domain)
{
    QString local = (person.firstName + u'.' + person.surname).toLower();
    local.remove(u'\'');
    return local + u'@' + domain;
}

QString DemoIdentity::maskedAadhaar()
{
    const QString first11 = QString::number(2 + m_random.bounded(8))
        + QStringLiteral("%1").arg(m_random.bounded(1000000000), 10, 10, QLatin1Char('0'));
    return Core::AadhaarValidator::mask(first11 + QString::number(Core::AadhaarValidator::checkDigit(first11)));
}

QString DemoIdentity::accountNumber()
{
    const int length = 11 + m_random.bounded(6);
    QString digits = QString::number(1 + m_random.bounded(9));
    while (digits.size() < length) {
        digits += QString::number(m_random.bounded(10));
    }
    return digits;
}

QString DemoIdentity::uuid()
{
    QString hex;
    for (int i = 0; i < 4; ++i) {
        hex += QStringLiteral("%1").arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    }
    hex[12] = u'4'; // version 4
    hex[16] = QChar(u"89ab"[m_random.bounded(4)]);
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
}

const CityInfo& DemoIdentity::city()
{
    const QList<CityInfo>& cities = ReferenceData::instance().cities();
    // Metros first in the table: weight towards them as real portfolios are.
    const int index = chance(0.55) ? bounded(8) : bounded(int(cities.size()));
    return cities[index];
}

QString DemoIdentity::streetAddress()
{
    return QStringLiteral("%1, %2").arg(1 + bounded(240)).arg(pick(m_random, Streets));
}

} // namespace Crego::Sandbox
