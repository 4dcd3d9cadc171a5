// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskpalette.h"

#include <array>

namespace Crego::Models {

namespace {

// Okabe & Ito (2008), "Color Universal Design".
const QColor SkyBlue(0x56, 0xB4, 0xE9);
const QColor BluishGreen(0x00, 0x9E, 0x73);
const QColor Yellow(0xF0, 0xE4, 0x42);
const QColor Blue(0x00, 0x72, 0xB2);
const QColor Orange(0xE6, 0x9F, 0x00);
const QColor Vermillion(0xD5, 0x5E, 0x00);
const QColor ReddishPurple(0xCC, 0x79, 0xA7);
const QColor Grey(0x99, 0x99, 0x99);

} // namespace

QColor RiskPalette::bucketColour(Core::DpdBucket::Value bucket)
{
    switch (bucket) {
    case Core::DpdBucket::Current:
        return BluishGreen;
    case Core::DpdBucket::Sma0:
        return Yellow;
    case Core::DpdBucket::Sma1:
        return Orange;
    case Core::DpdBucket::Sma2:
        return Vermillion;
    case Core::DpdBucket::Npa:
        return ReddishPurple;
    }
    return Grey;
}

QColor RiskPalette::bucketTint(Core::DpdBucket::Value bucket)
{
    if (bucket == Core::DpdBucket::Current) {
        return QColor();
    }
    static const std::array<int, 5> alpha { 0, 70, 90, 100, 120 };
    QColor tint = bucketColour(bucket);
    tint.setAlpha(alpha[size_t(bucket)]);
    return tint;
}

QColor RiskPalette::assetClassColour(Core::AssetClass::Value value)
{
    switch (value) {
    case Core::AssetClass::Standard:
        return BluishGreen;
    case Core::AssetClass::SubStandard:
        return Orange;
    case Core::AssetClass::Doubtful:
        return Vermillion;
    case Core::AssetClass::Loss:
        return ReddishPurple;
    case Core::AssetClass::Unknown:
        break;
    }
    return Grey;
}

QColor RiskPalette::seriesColour(int index)
{
    static const std::array<QColor, 7> series { Blue, Orange, BluishGreen, ReddishPurple, SkyBlue, Vermillion, Yellow };
    return series[size_t(index) % series.size()];
}

} // namespace Crego::Models
