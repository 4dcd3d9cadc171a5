// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioseeder.h"

#include "programcatalog.h"
#include "referencedata.h"

#include <QJsonArray>

namespace Crego::Sandbox {

namespace {

QString base36(quint64 value, int width)
{
    return QString::number(value, 36).toUpper().rightJustified(width, u'0');
}

//! A short human reference: the prefix and 6 base-36 characters, unique per index (an odd multiplier
//! coprime with 36 permutes 0..36^6-1).
QString referenceFor(const char* prefix, int index)
{
    constexpr quint64 Space = 2176782336ULL; // 36^6
    return QString::fromLatin1(prefix) + base36((quint64(index) * 2654435761ULL + 1679616ULL) % Space, 6);
}

struct DocumentKind
{
    const char* type;
    const char* fileName;
    const char* contentType;
};

constexpr DocumentKind PanCard { "pan", "pan-card.pdf", "application/pdf" };
constexpr DocumentKind AadhaarCard { "aadhaar", "aadhaar-masked.pdf", "application/pdf" };
constexpr DocumentKind GstCertificate { "gst_certificate", "gst-registration.pdf", "application/pdf" };
constexpr DocumentKind BankStatement { "bank_statement", "bank-statement-6m.pdf", "application/pdf" };
constexpr DocumentKind ShopPhoto { "photo", "shop-front.jpg", "image/jpeg" };

} // namespace

PortfolioSeeder::PortfolioSeeder(SandboxDatabase& database, Tables tables, quint32 seed, const QDateTime& now)
    : m_database(database)
    , m_tables(tables)
    , m_random(seed)
    , m_identity(m_random)
    , m_lines(m_identity, now)
    , m_now(now)
{ }

bool PortfolioSeeder::seed(int leadCount, QString* error)
{
    const bool ok = m_database.transaction([this, leadCount] {
        for (const ProgramCatalog::Entry& entry : ProgramCatalog::build(m_now)) {
            if (!m_tables.leads.insertProgram(entry.program, entry.loanData)) {
                return false;
            }
            m_programs.append(entry.program);
            m_loanData.append(entry.loanData);
        }
        for (int index = 0; index < leadCount; ++index) {
            if (!seedLead(index)) {
                return false;
            }
        }
        return true;
    });
    if (!ok) {
        *error = tr("Seeding the demo portfolio failed; nothing was written.");
    }
    return ok;
}

QList<DemoLineFactory::Profile> PortfolioSeeder::profilesFor(int index)
{
    // Demo staples: lead 0 paid late (current DPD 0, peak 47); lead 1 is a group with one NPA line.
    if (index == 0) {
        return { { DemoLineFactory::Stage::PartlyUsed, 0, 47 } };
    }
    if (index == 1) {
        return { { DemoLineFactory::Stage::PartlyUsed, 12, 12 }, { DemoLineFactory::Stage::FullyUsed, 134, 134 } };
    }
    QList<DemoLineFactory::Profile> profiles { m_lines.randomProfile() };
    if (m_identity.chance(0.15)) {
        profiles.append(m_lines.randomProfile());
    }
    return profiles;
}

QJsonArray PortfolioSeeder::leadPrograms(
    const QList<DemoLineFactory::Profile>& profiles, const QString& leadId, double createdAt, const QString& refId)
{
    const int first = m_identity.bounded(int(m_programs.size()));
    QJsonArray programs;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const int programIndex = (first + i * 3) % int(m_programs.size());
        const QJsonObject& program = m_programs[programIndex];
        const DemoLineFactory::Profile& profile = profiles[i];
        QJsonObject loanData = m_loanData[programIndex];
        loanData.insert(QStringLiteral("id"), m_identity.uuid());
        loanData.insert(QStringLiteral("created_at"), createdAt + 2.5);
        loanData.insert(QStringLiteral("updated_at"), createdAt + 2.5);
        const QJsonObject line = m_lines.lineDetail(profile, m_lines.randomApprovedRupees(), loanData, createdAt);
        const bool used = profile.stage != DemoLineFactory::Stage::Fresh;
        programs.append(QJsonObject {
            { QStringLiteral("id"), m_identity.uuid() },
            { QStringLiteral("lead_id"), leadId },
            { QStringLiteral("ref_id"), i == 0 ? refId : refId + QString::number(i) },
            { QStringLiteral("program_id"), program.value(QStringLiteral("id")) },
            { QStringLiteral("product_type"), program.value(QStringLiteral("product_type")) },
            { QStringLiteral("status"), used ? QStringLiteral("disbursed") : QStringLiteral("approved") },
            { QStringLiteral("tags"), QJsonArray() },
            { QStringLiteral("is_primary"), i == 0 },
            { QStringLiteral("created_at"), createdAt },
            { QStringLiteral("updated_at"), line.value(QStringLiteral("updated_at")) },
            { QStringLiteral("line_detail"), line },
            { QStringLiteral("loan_data"), loanData },
        });
    }
    return programs;
}

QJsonObject PortfolioSeeder::applicant(const QString& leadId, const QString& type, bool primary, double createdAt,
    const DemoIdentity::Person& person, const QString& entityType, const QString& businessName, const CityInfo& city)
{
    const bool business = !businessName.isEmpty();
    const QChar holder = entityType == u"company" ? u'C' : (entityType == u"partnership" ? u'F' : u'P');
    const QString name = business ? businessName : person.fullName();
    const QString pan = m_identity.pan(holder, holder == u'P' ? person.surname : name);
    QJsonObject applicant {
        { QStringLiteral("id"), m_identity.uuid() },
        { QStringLiteral("lead"), leadId },
        { QStringLiteral("applicant_type"), type },
        { QStringLiteral("is_primary"), primary },
        { QStringLiteral("name"), name },
        { QStringLiteral("entity_type"), entityType },
        { QStringLiteral("mobile"), QString(QStringLiteral("+91") + m_identity.mobile()) },
        { QStringLiteral("email"),
            m_identity.email(person, business ? QStringLiteral("example.in") : QStringLiteral("example.com")) },
        { QStringLiteral("pan"), pan },
        { QStringLiteral("tags"),
            QJsonArray { primary ? QStringLiteral("Authorised Signatory") : QStringLiteral("Guarantor") } },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("updated_at"), createdAt },
    };
    if (business) {
        applicant.insert(QStringLiteral("gstin"), m_identity.gstin(city.gstStateCode, pan));
    }
    if (holder == u'P') {
        applicant.insert(QStringLiteral("aadhaar_masked"), m_identity.maskedAadhaar());
        applicant.insert(QStringLiteral("gender"), person.gender);
        const int year = 1960 + m_identity.bounded(40);
        const int month = 1 + m_identity.bounded(12);
        const int day = 1 + m_identity.bounded(28);
        applicant.insert(QStringLiteral("dob"), QDate(year, month, day).toString(Qt::ISODate));
    }
    return applicant;
}

bool PortfolioSeeder::seedApplicantRecords(
    const QString& leadId, const QJsonObject& applicant, const CityInfo& city, bool business)
{
    const QString applicantId = applicant.value(QStringLiteral("id")).toString();
    const double createdAt = applicant.value(QStringLiteral("created_at")).toDouble();
    const bool primary = applicant.value(QStringLiteral("is_primary")).toBool();
    const QList<QString>& ifscCodes = ReferenceData::instance().ifscCodes();

    const int bankCount = primary ? (m_identity.chance(0.25) ? 2 : 1) : (m_identity.chance(0.3) ? 1 : 0);
    for (int i = 0; i < bankCount; ++i) {
        const QJsonObject details
            = *ReferenceData::instance().ifsc(ifscCodes[m_identity.bounded(int(ifscCodes.size()))]);
        const int verification = m_identity.bounded(10);
        const QString status = verification < 6 ? QStringLiteral("verified")
            : verification < 8                  ? QStringLiteral("unverified")
            : verification < 9                  ? QStringLiteral("pending")
                                                : QStringLiteral("failed");
        QJsonObject bank {
            { QStringLiteral("id"), m_identity.uuid() },
            { QStringLiteral("applicant"), applicantId },
            { QStringLiteral("account_number"), m_identity.accountNumber() },
            { QStringLiteral("ifsc"), details.value(QStringLiteral("ifsc")) },
            { QStringLiteral("account_holder_name"), applicant.value(QStringLiteral("name")) },
            { QStringLiteral("bank_name"), details.value(QStringLiteral("bank")) },
            { QStringLiteral("branch"), details.value(QStringLiteral("branch")) },
            { QStringLiteral("account_type"), business ? QStringLiteral("current") : QStringLiteral("savings") },
            { QStringLiteral("is_primary"), i == 0 },
            { QStringLiteral("verification_status"), status },
            { QStringLiteral("created_at"), createdAt + 60 },
            { QStringLiteral("updated_at"), createdAt + 60 },
        };
        if (status == u"verified" || status == u"failed") {
            const QString atBank = applicant.value(QStringLiteral("name")).toString().toUpper();
            bank.insert(
                QStringLiteral("name_at_bank"), status == u"verified" ? atBank : QStringLiteral("UNKNOWN HOLDER"));
            bank.insert(QStringLiteral("name_match_score"), status == u"verified" ? 80 + m_identity.bounded(21) : 12);
            bank.insert(QStringLiteral("verified_at"), createdAt + 120.5);
        }
        if (!m_tables.banks.insert(leadId, applicantId, bank)) {
            return false;
        }
    }

    const QStringList addressTypes = business
        ? (primary ? QStringList { QStringLiteral("registered"), QStringLiteral("office") }
                   : QStringList { QStringLiteral("current") })
        : QStringList { QStringLiteral("current"), QStringLiteral("permanent") };
    const int addressCount = primary ? 1 + int(m_identity.chance(0.5)) : 1;
    for (int i = 0; i < addressCount && i < addressTypes.size(); ++i) {
        const QString pincode = city.pincodes[m_identity.bounded(int(city.pincodes.size()))];
        // District and state as India Post has them for the pincode, so a look-up agrees with the record.
        const QJsonObject place = ReferenceData::instance().pincode(pincode).value_or(QJsonObject());
        const QJsonObject address {
            { QStringLiteral("id"), m_identity.uuid() },
            { QStringLiteral("applicant"), applicantId },
            { QStringLiteral("address_type"), addressTypes[i] },
            { QStringLiteral("address_line"), m_identity.streetAddress() },
            { QStringLiteral("city"), city.city },
            { QStringLiteral("district"), place.value(QStringLiteral("district")).toString(city.district) },
            { QStringLiteral("state"), place.value(QStringLiteral("state")).toString(city.state) },
            { QStringLiteral("pincode"), pincode },
            { QStringLiteral("country"), QStringLiteral("India") },
            { QStringLiteral("created_at"), createdAt + 30 },
            { QStringLiteral("updated_at"), createdAt + 30 },
        };
        if (!m_tables.addresses.insert(leadId, applicantId, address)) {
            return false;
        }
    }

    QList<DocumentKind> kinds { PanCard };
    if (primary) {
        kinds.append(business ? GstCertificate : AadhaarCard);
        kinds.append(BankStatement);
        if (business && m_identity.chance(0.3)) {
            kinds.append(ShopPhoto);
        }
    }
    for (const DocumentKind& kind : kinds) {
        const QJsonObject document {
            { QStringLiteral("id"), m_identity.uuid() },
            { QStringLiteral("related_model"), QStringLiteral("applicant") },
            { QStringLiteral("related_model_id"), applicantId },
            { QStringLiteral("document_type"), QString::fromLatin1(kind.type) },
            { QStringLiteral("name"), QString::fromLatin1(kind.fileName) },
            { QStringLiteral("content_type"), QString::fromLatin1(kind.contentType) },
            { QStringLiteral("size"), 40000 + m_identity.bounded(900000) },
            { QStringLiteral("status"), QStringLiteral("uploaded") },
            { QStringLiteral("created_at"), createdAt + 90 },
            { QStringLiteral("updated_at"), createdAt + 90 },
        };
        if (!m_tables.documents.insert(leadId, applicantId, document)) {
            return false;
        }
    }
    return true;
}

bool PortfolioSeeder::seedLead(int index)
{
    const QList<DemoLineFactory::Profile> profiles = profilesFor(index);
    int worstPeak = 0;
    for (const DemoLineFactory::Profile& profile : profiles) {
        worstPeak = std::max(worstPeak, profile.peakDpd);
    }
    // A lead is at least as old as its worst delinquency plus a first credit period.
    const int daysAgo = 1 + m_identity.bounded(720) + (worstPeak > 0 ? worstPeak + 45 : 0);
    const int secondsIntoDay = m_identity.bounded(86400);
    const double createdAt = double(m_now.toSecsSinceEpoch() - 86400 * qint64(daysAgo) - secondsIntoDay) + 0.041;
    const QString leadId = m_identity.uuid();
    const CityInfo& city = m_identity.city();
    const DemoIdentity::Person person = m_identity.person();
    const int kindRoll = m_identity.bounded(100);
    const QString entityType = kindRoll < 35 ? QStringLiteral("individual")
        : kindRoll < 68                      ? QStringLiteral("proprietorship")
        : kindRoll < 81                      ? QStringLiteral("partnership")
                                             : QStringLiteral("company");
    const bool business = entityType != u"individual";
    const QString businessName = business ? m_identity.businessName(person.surname) : QString();

    QList<QJsonObject> applicants { applicant(
        leadId, QStringLiteral("applicant"), true, createdAt, person, entityType, businessName, city) };
    const int coApplicants = m_identity.chance(0.3) ? (m_identity.chance(0.25) ? 2 : 1) : 0;
    for (int i = 1; i <= coApplicants; ++i) {
        QJsonObject coApplicant = applicant(leadId, QStringLiteral("CoApp%1").arg(i), false, createdAt + i,
            m_identity.person(), QStringLiteral("individual"), QString(), city);
        static const char* const Relations[] = { "Spouse", "Father", "Brother", "Partner", "Director", "Friend" };
        coApplicant.insert(QStringLiteral("relation_with_primary_applicant"),
            QString::fromLatin1(Relations[m_identity.bounded(int(std::size(Relations)))]));
        applicants.append(coApplicant);
    }

    const QString refId = referenceFor("CL", index);
    const QJsonArray programs = leadPrograms(profiles, leadId, createdAt, refId);
    const LeadSummary summary = LeadSummary::fromPrograms(programs);
    const QJsonObject primaryProgram = programs.first().toObject();
    const bool fresh = primaryProgram.value(QStringLiteral("status")).toString() == u"approved";
    const QJsonObject lead {
        { QStringLiteral("id"), leadId },
        { QStringLiteral("ref_id"), referenceFor("LD", index) },
        { QStringLiteral("name"), business ? businessName : person.fullName() },
        { QStringLiteral("program_id"), primaryProgram.value(QStringLiteral("program_id")) },
        { QStringLiteral("primary_mobile"), applicants.first().value(QStringLiteral("mobile")).toString().mid(3) },
        { QStringLiteral("status"),
            fresh ? (index % 2 ? QStringLiteral("in_review") : QStringLiteral("approved"))
                  : QStringLiteral("disbursed") },
        { QStringLiteral("tags"), QJsonArray() },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("updated_at"), primaryProgram.value(QStringLiteral("updated_at")) },
    };

    if (!m_tables.leads.insertLead(lead, summary, LeadStore::searchText(lead, applicants))) {
        return false;
    }
    for (qsizetype i = 0; i < programs.size(); ++i) {
        if (!m_tables.leads.insertLeadProgram(leadId, int(i), programs[i].toObject())) {
            return false;
        }
    }
    for (const QJsonObject& entry : applicants) {
        if (!m_tables.applicants.insert(leadId, leadId, entry)
            || !seedApplicantRecords(
                leadId, entry, city, business && entry.value(QStringLiteral("is_primary")).toBool())) {
            return false;
        }
    }
    return true;
}

} // namespace Crego::Sandbox
