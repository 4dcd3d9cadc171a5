// SPDX-License-Identifier: GPL-3.0-or-later
#include "pincodedirectory.h"

#include "logging.h"

#include <QFile>
#include <QJsonArray>

namespace Crego::Sandbox {

const PincodeDirectory& PincodeDirectory::instance()
{
    static const PincodeDirectory directory;
    return directory;
}

PincodeDirectory::PincodeDirectory()
{
    QFile file(QStringLiteral(":/reference/pincodes.tsv.zlib"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandbox) << "the pincode directory is missing; only the demo cities' pincodes are known";
        return;
    }
    const QString text = QString::fromUtf8(qUncompress(file.readAll()));
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        m_lines.insert(line.left(6).toInt(), line.toString());
    }
}

std::optional<QJsonObject> PincodeDirectory::find(const QString& pincode) const
{
    const auto line = m_lines.constFind(pincode.toInt());
    if (pincode.size() != 6 || line == m_lines.constEnd()) {
        return std::nullopt;
    }
    const QStringList columns = line->split(u'\t');
    if (columns.size() != 5) {
        return std::nullopt;
    }
    return QJsonObject {
        { QStringLiteral("pincode"), pincode },
        { QStringLiteral("city"), columns.at(2) }, // the district's name: what people write as the city
        { QStringLiteral("district"), columns.at(2) },
        { QStringLiteral("state"), columns.at(1) },
        { QStringLiteral("taluk"), columns.at(3) },
        { QStringLiteral("post_offices"), QJsonArray::fromStringList(columns.at(4).split(u';')) },
    };
}

} // namespace Crego::Sandbox
