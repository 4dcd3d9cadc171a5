// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crego::Api {

//! One file to upload and what it is: its type, the record it belongs to, its name and notes.
struct DocumentUpload
{
    QString filePath;
    QString documentType; //!< one of Core::DocumentRules::documentTypes()
    QString relatedModel; //!< "lead", "applicant" or "bank"
    QString relatedId;
    QString name; //!< empty: the file's name
    QString notes;
};

} // namespace Crego::Api
