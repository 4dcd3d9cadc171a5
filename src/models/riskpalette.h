// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assetclass.h"
#include "dpdbucket.h"

#include <QColor>

namespace Crego::Models {

//! The colours of risk and of chart series, from the Okabe–Ito palette (distinguishable with the common
//! colour-vision deficiencies, readable on light and dark backgrounds). Colour never stands alone: every
//! tinted cell, bar and slice also says its bucket or class in words.
class RiskPalette
{
public:
    //! A translucent tint for a table cell of \a bucket; invalid (no tint) for current accounts.
    static QColor bucketTint(Core::DpdBucket::Value bucket);
    //! The solid colour of \a bucket for bars and chips.
    static QColor bucketColour(Core::DpdBucket::Value bucket);
    //! The solid colour of an asset class for slices and chips.
    static QColor assetClassColour(Core::AssetClass::Value value);
    //! The colour of the \a index-th series of a chart (cycles through the palette).
    static QColor seriesColour(int index);
};

} // namespace Crego::Models
