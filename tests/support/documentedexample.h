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

} // namespace Crego::Tests
