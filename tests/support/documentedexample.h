// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdata.h"

#include "jsoncodec.h"
#include "leadprogram.h"

#include <QTest>

namespace Crego::Tests {

//! The lead-programs payload documented for GET leads/{id}/programs/ (tests/data), decoded; with
//! \a edit applied to its JSON text first, to vary one figure.
inline QList<Core::LeadProgram> documentedPrograms(const std::function<void(QByteArray&)>& edit = {})
{
    QByteArray json = TestData::read(QStringLiteral("get-borrower-line-details.json"));
    if (edit) {
        edit(json);
    }
    Core::Page<Core::LeadProgram> page;
    Core::JsonError error;
    if (!Core::JsonCodec::decodePage(json, page, error)) {
        qFatal("the documented example did not decode: %s", qPrintable(error.toString()));
    }
    return page.items;
}

//! An edit for documentedPrograms(): the line in use — ₹1,20,000 principal outstanding of which ₹20,000
//! is due, ₹30,000 principal repaid, interest ₹1,500 outstanding and ₹900 paid, ₹3,80,000 available.
inline void lineInUse(QByteArray& json)
{
    json.replace("\"principal_outstanding\": 0", "\"principal_outstanding\": 120000");
    json.replace("\"principal_paid\": 0", "\"principal_paid\": 30000");
    json.replace("\"interest_outstanding\": 0", "\"interest_outstanding\": 1500");
    json.replace("\"interest_paid\": 0", "\"interest_paid\": 900");
    json.replace("\"total_outstanding\": 0", "\"total_outstanding\": 121500");
    json.replace("\"total_paid\": 0", "\"total_paid\": 30900");
    json.replace("\"total_due_principal\": 0", "\"total_due_principal\": 20000");
    json.replace("\"active_line_amount\": 500000", "\"active_line_amount\": 380000");
}

} // namespace Crego::Tests
