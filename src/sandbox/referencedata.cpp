// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "ifscdirectory.h"
#include "pincodedirectory.h"

#include <QJsonArray>

namespace Crego::Sandbox {

namespace {

struct CitySeed
{
    const char* city;
    const char* state;
    const char* gstCode;
    int firstPincode;
    int pincodeCount; // consecutive delivery pincodes from firstPincode
};

// Head post office pincodes of Indian cities; metros carry a run of consecutive city pincodes.
constexpr CitySeed CitySeeds[] = {
    { "New Delhi", "Delhi", "07", 110001, 70 },
    { "Mumbai", "Maharashtra", "27", 400001, 70 },
    { "Bengaluru", "Karnataka", "29", 560001, 60 },
    { "Chennai", "Tamil Nadu", "33", 600001, 60 },
    { "Kolkata", "West Bengal", "19", 700001, 60 },
    { "Hyderabad", "Telangana", "36", 500001, 30 },
    { "Ahmedabad", "Gujarat", "24", 380001, 20 },
    { "Pune", "Maharashtra", "27", 411001, 20 },
    { "Jaipur", "Rajasthan", "08", 302001, 10 },
    { "Lucknow", "Uttar Pradesh", "09", 226001, 10 },
    { "Kanpur", "Uttar Pradesh", "09", 208001, 5 },
    { "Nagpur", "Maharashtra", "27", 440001, 5 },
    { "Indore", "Madhya Pradesh", "23", 452001, 5 },
    { "Bhopal", "Madhya Pradesh", "23", 462001, 5 },
    { "Patna", "Bihar", "10", 800001, 5 },
    { "Chandigarh", "Chandigarh", "04", 160017, 1 },
    { "Coimbatore", "Tamil Nadu", "33", 641001, 5 },
    { "Madurai", "Tamil Nadu", "33", 625001, 3 },
    { "Kochi", "Kerala", "32", 682001, 3 },
    { "Thiruvananthapuram", "Kerala", "32", 695001, 3 },
    { "Visakhapatnam", "Andhra Pradesh", "37", 530001, 3 },
    { "Vijayawada", "Andhra Pradesh", "37", 520001, 3 },
    { "Vadodara", "Gujarat", "24", 390001, 3 },
    { "Surat", "Gujarat", "24", 395001, 3 },
    { "Rajkot", "Gujarat", "24", 360001, 3 },
    { "Ludhiana", "Punjab", "03", 141001, 3 },
    { "Amritsar", "Punjab", "03", 143001, 1 },
    { "Gurugram", "Haryana", "06", 122001, 1 },
    { "Noida", "Uttar Pradesh", "09", 201301, 1 },
    { "Dehradun", "Uttarakhand", "05", 248001, 1 },
    { "Ranchi", "Jharkhand", "20", 834001, 1 },
    { "Bhubaneswar", "Odisha", "21", 751001, 1 },
    { "Guwahati", "Assam", "18", 781001, 1 },
    { "Raipur", "Chhattisgarh", "22", 492001, 1 },
    { "Mysuru", "Karnataka", "29", 570001, 1 },
    { "Mangaluru", "Karnataka", "29", 575001, 1 },
    { "Tiruchirappalli", "Tamil Nadu", "33", 620001, 1 },
    { "Salem", "Tamil Nadu", "33", 636001, 1 },
    { "Nashik", "Maharashtra", "27", 422001, 1 },
    { "Agra", "Uttar Pradesh", "09", 282001, 1 },
    { "Varanasi", "Uttar Pradesh", "09", 221001, 1 },
    { "Gwalior", "Madhya Pradesh", "23", 474001, 1 },
    { "Jodhpur", "Rajasthan", "08", 342001, 1 },
    { "Udaipur", "Rajasthan", "08", 313001, 1 },
    { "Jammu", "Jammu and Kashmir", "01", 180001, 1 },
    { "Shimla", "Himachal Pradesh", "02", 171001, 1 },
    { "Jalandhar", "Punjab", "03", 144001, 1 },
    { "Siliguri", "West Bengal", "19", 734001, 1 },
    { "Kozhikode", "Kerala", "32", 673001, 1 },
    { "Tirupati", "Andhra Pradesh", "37", 517501, 1 },
    { "Warangal", "Telangana", "36", 506001, 1 },
    { "Kolhapur", "Maharashtra", "27", 416001, 1 },
    { "Panaji", "Goa", "30", 403001, 1 },
};

struct BankSeed
{
    const char* code;
    const char* name;
    const char* swift;
};

constexpr BankSeed Banks[] = {
    { "SBIN", "State Bank of India", "SBININBB" },
    { "HDFC", "HDFC Bank", "HDFCINBB" },
    { "ICIC", "ICICI Bank", "ICICINBB" },
    { "UTIB", "Axis Bank", "AXISINBB" },
    { "KKBK", "Kotak Mahindra Bank", "KKBKINBB" },
    { "PUNB", "Punjab National Bank", "PUNBINBB" },
    { "BARB", "Bank of Baroda", "BARBINBB" },
    { "CNRB", "Canara Bank", "CNRBINBB" },
    { "UBIN", "Union Bank of India", "UBININBB" },
    { "IDIB", "Indian Bank", "IDIBINBB" },
    { "YESB", "Yes Bank", "YESBINBB" },
    { "INDB", "IndusInd Bank", "INDBINBB" },
    { "FDRL", "Federal Bank", "FDRLINBB" },
    { "KARB", "Karnataka Bank", "KARBINBB" },
};

QString micrFor(const QString& pincode, int bankIndex)
{
    // MICR: 3-digit city code, 3-digit bank code, 3-digit branch code.
    return pincode.left(3) + QStringLiteral("%1").arg(bankIndex * 7 + 2, 3, 10, QLatin1Char('0')) + pincode.right(3);
}

} // namespace

const ReferenceData& ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
{
    for (const CitySeed& seed : CitySeeds) {
        CityInfo city { QString::fromUtf8(seed.city), QString::fromUtf8(seed.city), QString::fromUtf8(seed.state),
            QString::fromLatin1(seed.gstCode), {} };
        for (int i = 0; i < seed.pincodeCount; ++i) {
            const QString pincode = QString::number(seed.firstPincode + i);
            city.pincodes.append(pincode);
            m_pincodes.insert(pincode, int(m_cities.size()));
        }
        m_cities.append(city);
    }

    // One branch of every bank in every city: the bank's n-th real branch code (from the IFSC directory the
    // app checks against), so each IFSC is unique, stable and passes the app's offline check.
    QList<QStringList> branchCodes;
    for (const BankSeed& bank : Banks) {
        branchCodes.append(
            Core::IfscDirectory::instance().branches(QString::fromLatin1(bank.code), int(m_cities.size())));
    }
    for (qsizetype cityIndex = 0; cityIndex < m_cities.size(); ++cityIndex) {
        const CityInfo& city = m_cities[cityIndex];
        for (int bankIndex = 0; bankIndex < int(std::size(Banks)); ++bankIndex) {
            const BankSeed& bank = Banks[bankIndex];
            const QStringList& real = branchCodes[bankIndex];
            const QString code = cityIndex < real.size() ? real[cityIndex]
                                                         : QString::fromLatin1(bank.code) + u'0'
                    + QStringLiteral("%1").arg((cityIndex + 1) * 100 + bankIndex + 1, 6, 10, QLatin1Char('0'));
            const QString branch = city.city + (cityIndex % 2 == 0 ? QStringLiteral(" Main") : QStringLiteral(" City"));
            const QString pincode = city.pincodes.first();
            m_ifsc.insert(code,
                QJsonObject {
                    { QStringLiteral("ifsc"), code },
                    { QStringLiteral("bank"), QString::fromUtf8(bank.name) },
                    { QStringLiteral("bank_code"), QString::fromLatin1(bank.code) },
                    { QStringLiteral("branch"), branch },
                    { QStringLiteral("address"), QStringLiteral("Main Road, %1 %2").arg(city.city, pincode) },
                    { QStringLiteral("city"), city.city },
                    { QStringLiteral("district"), city.district },
                    { QStringLiteral("state"), city.state },
                    { QStringLiteral("micr"), micrFor(pincode, bankIndex) },
                    { QStringLiteral("swift"), QString::fromLatin1(bank.swift) },
                    { QStringLiteral("neft"), true },
                    { QStringLiteral("rtgs"), true },
                    { QStringLiteral("imps"), true },
                    { QStringLiteral("upi"), bankIndex % 3 != 2 },
                });
            m_ifscOrder.append(code);
        }
    }
}

std::optional<QJsonObject> ReferenceData::pincode(const QString& pincode) const
{
    if (std::optional<QJsonObject> known = PincodeDirectory::instance().find(pincode)) {
        return known;
    }
    const auto found = m_pincodes.constFind(pincode);
    if (found == m_pincodes.constEnd()) {
        return std::nullopt;
    }
    const CityInfo& city = m_cities[*found];
    const int serial = pincode.right(3).toInt();
    const QJsonArray offices { QString(city.city + (serial <= 1 ? QStringLiteral(" GPO") : QStringLiteral(" H.O"))),
        QStringLiteral("%1 S.O %2").arg(city.city).arg(serial) };
    return QJsonObject {
        { QStringLiteral("pincode"), pincode },
        { QStringLiteral("city"), city.city },
        { QStringLiteral("district"), city.district },
        { QStringLiteral("state"), city.state },
        { QStringLiteral("post_offices"), offices },
    };
}

std::optional<QJsonObject> ReferenceData::ifsc(const QString& ifsc) const
{
    const QString code = ifsc.toUpper();
    const auto found = m_ifsc.constFind(code);
    if (found != m_ifsc.constEnd()) {
        return *found;
    }
    // Any other real branch: the bank is known, its address is not.
    if (!Core::IfscDirectory::instance().check(code).valid) {
        return std::nullopt;
    }
    return QJsonObject {
        { QStringLiteral("ifsc"), code },
        { QStringLiteral("bank"), Core::IfscDirectory::instance().bankName(code.left(4)) },
        { QStringLiteral("bank_code"), code.left(4) },
        { QStringLiteral("branch"), QString() },
        { QStringLiteral("address"), QString() },
        { QStringLiteral("city"), QString() },
        { QStringLiteral("district"), QString() },
        { QStringLiteral("state"), QString() },
    };
}

} // namespace Crego::Sandbox
