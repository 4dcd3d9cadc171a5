// SPDX-License-Identifier: GPL-3.0-or-later
#include "codetext.h"

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

} // namespace

QString CodeText::humanize(const QString& code)
{
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
