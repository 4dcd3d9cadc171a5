// SPDX-License-Identifier: GPL-3.0-or-later
#include "codetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Crego::Core {

namespace {

//! Words lenders write in capitals.
bool isAcronym(QStringView word)
{
    static const QStringList acronyms { QStringLiteral("pan"), QStringLiteral("gst"), QStringLiteral("gstin"),
        QStringLiteral("ifsc"), QStringLiteral("los"), QStringLiteral("lms"), QStringLiteral("npa"),
        QStringLiteral("dpd"), QStringLiteral("roi"), QStringLiteral("huf"), QStringLiteral("llp"),
        QStringLiteral("scf"), QStringLiteral("itr"), QStringLiteral("kyc"), QStringLiteral("emi"),
        QStringLiteral("upi"), QStringLiteral("neft"), QStringLiteral("rtgs"), QStringLiteral("imps"),
        QStringLiteral("sma"), QStringLiteral("od"), QStringLiteral("cc"), QStringLiteral("msme") };
    return acronyms.contains(word.toString().toLower());
}

//! Codes every Crego server sends (statuses, verification states, applicant roles), with words that a
//! catalogue translates; in English they read exactly as humanize() would write them.
const char* knownCodeText(const QString& code)
{
    static const QHash<QString, const char*> known {
        { QStringLiteral("created"), QT_TRANSLATE_NOOP("CodeText", "Created") },
        { QStringLiteral("in_review"), QT_TRANSLATE_NOOP("CodeText", "In review") },
        { QStringLiteral("approved"), QT_TRANSLATE_NOOP("CodeText", "Approved") },
        { QStringLiteral("disbursed"), QT_TRANSLATE_NOOP("CodeText", "Disbursed") },
        { QStringLiteral("rejected"), QT_TRANSLATE_NOOP("CodeText", "Rejected") },
        { QStringLiteral("closed"), QT_TRANSLATE_NOOP("CodeText", "Closed") },
        { QStringLiteral("active"), QT_TRANSLATE_NOOP("CodeText", "Active") },
        { QStringLiteral("pending"), QT_TRANSLATE_NOOP("CodeText", "Pending") },
        { QStringLiteral("verified"), QT_TRANSLATE_NOOP("CodeText", "Verified") },
        { QStringLiteral("failed"), QT_TRANSLATE_NOOP("CodeText", "Failed") },
        { QStringLiteral("not_verified"), QT_TRANSLATE_NOOP("CodeText", "Not verified") },
        { QStringLiteral("primary"), QT_TRANSLATE_NOOP("CodeText", "Primary") },
        { QStringLiteral("co_applicant"), QT_TRANSLATE_NOOP("CodeText", "Co applicant") },
        { QStringLiteral("guarantor"), QT_TRANSLATE_NOOP("CodeText", "Guarantor") },
    };
    return known.value(code, nullptr);
}

} // namespace

QString CodeText::humanize(const QString& code)
{
    if (const char* text = knownCodeText(code)) {
        return QCoreApplication::translate("CodeText", text);
    }
    QStringList words = code.split(u'_', Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (isAcronym(word)) {
            word = word.toUpper();
        }
    }
    QString text = words.join(u' ');
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

} // namespace Crego::Core
