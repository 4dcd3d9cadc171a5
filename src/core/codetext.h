// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Core {

//! Server codes made readable for people: "in_review" → "In review", "disbursement_date" → "Disbursement date";
//! acronyms stay acronyms: "gst_certificate" → "GST certificate", "pan" → "PAN", "los" → "LOS".
class CodeText
{
public:
    static QString humanize(const QString& code);
};

} // namespace Crego::Core
