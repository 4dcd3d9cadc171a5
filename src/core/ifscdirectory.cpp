// SPDX-License-Identifier: GPL-3.0-or-later
#include "ifscdirectory.h"

#include "logging.h"
#include "validators.h"

#include <QFile>

namespace Crego::Core {

const IfscDirectory& IfscDirectory::instance()
{
    static const IfscDirectory directory;
    return directory;
}

IfscDirectory::IfscDirectory()
{
    QFile file(QStringLiteral(":/reference/ifsc-branches.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcCore) << "the IFSC directory is missing; IFSCs are checked by format only";
        return;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList columns = line.split(u'\t');
        if (columns.size() == 4) {
            m_banks.insert(columns.at(0), parseBank(columns));
        }
    }
}

IfscDirectory::Bank IfscDirectory::parseBank(const QStringList& columns)
{
    Bank bank;
    bank.name = columns.at(1);
    for (const QString& range : columns.at(2).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype dash = range.indexOf(u'-');
        const int first = range.left(dash).toInt();
        bank.numericRanges.append({ first, dash < 0 ? first : range.mid(dash + 1).toInt() });
    }
    bank.otherCodes = columns.at(3).split(u' ', Qt::SkipEmptyParts);
    std::sort(bank.otherCodes.begin(), bank.otherCodes.end());
    return bank;
}

ValidationResult IfscDirectory::check(const QString& ifsc) const
{
    const ValidationResult format = Validators::ifsc(ifsc);
    if (!format.valid || !isLoaded()) {
        return format;
    }
    const QString code = format.normalized;
    const auto bank = m_banks.constFind(code.left(4));
    if (bank == m_banks.constEnd()) {
        return ValidationResult::invalid(
            tr("No bank uses the code %1; check the first four letters").arg(code.left(4)));
    }
    const QString branch = code.mid(5);
    bool numeric = false;
    const int number = branch.toInt(&numeric);
    const bool known = numeric
        ? std::any_of(bank->numericRanges.cbegin(), bank->numericRanges.cend(),
            [number](const std::pair<int, int>& range) { return number >= range.first && number <= range.second; })
        : std::binary_search(bank->otherCodes.cbegin(), bank->otherCodes.cend(), branch);
    if (!known) {
        return ValidationResult::invalid(
            tr("%1 has no branch %2; check the last six characters").arg(bank->name, branch));
    }
    return format;
}

QString IfscDirectory::bankName(const QString& bankCode) const
{
    return m_banks.value(bankCode.toUpper()).name;
}

QStringList IfscDirectory::branches(const QString& bankCode, int count) const
{
    QStringList codes;
    const Bank bank = m_banks.value(bankCode);
    for (const auto& [first, last] : bank.numericRanges) {
        for (int number = first; number <= last && codes.size() < count; ++number) {
            codes.append(bankCode + QStringLiteral("0%1").arg(number, 6, 10, QLatin1Char('0')));
        }
    }
    for (qsizetype i = 0; i < bank.otherCodes.size() && codes.size() < count; ++i) {
        codes.append(bankCode + u'0' + bank.otherCodes.at(i));
    }
    return codes;
}

} // namespace Crego::Core
