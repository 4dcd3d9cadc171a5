// SPDX-License-Identifier: GPL-3.0-or-later
#include "assetclass.h"

#include <QCoreApplication>

namespace Crego::Core {

AssetClass::Value AssetClass::fromCode(const QString& code)
{
    const QString normalized = code.trimmed().toUpper();
    if (normalized == u"STD" || normalized.startsWith(u"SMA") || normalized == u"STANDARD") {
        return Standard;
    }
    if (normalized == u"SUB" || normalized == u"SUBSTANDARD" || normalized == u"SUB-STANDARD") {
        return SubStandard;
    }
    if (normalized == u"DBT" || normalized == u"D1" || normalized == u"D2" || normalized == u"D3"
        || normalized.startsWith(u"DOUBTFUL")) {
        return Doubtful;
    }
    if (normalized == u"LOSS") {
        return Loss;
    }
    return Unknown;
}

QString AssetClass::label(Value value)
{
    switch (value) {
    case Standard:
        return QCoreApplication::translate("AssetClass", "Standard");
    case SubStandard:
        return QCoreApplication::translate("AssetClass", "Sub-standard");
    case Doubtful:
        return QCoreApplication::translate("AssetClass", "Doubtful");
    case Loss:
        return QCoreApplication::translate("AssetClass", "Loss");
    case Unknown:
        break;
    }
    return QCoreApplication::translate("AssetClass", "Unknown");
}

} // namespace Crego::Core
