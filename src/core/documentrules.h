// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Crego::Core {

//! What makes a document right, shared by the app and the sandbox server: its type is one lenders file, its
//! name and notes fit, it belongs to a lead, applicant or bank account; and before a file is sent, that
//! its content (not its name) is a PDF, an image or plain text and that it is within the server's limit.
class DocumentRules
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRules)

public:
    //! "pan", "aadhaar", "bank_statement", "gst_certificate", "itr", "invoice", "sanction_letter", "photo",
    //! "other".
    static QStringList documentTypes();
    static QString documentTypeName(const QString& documentType);
    //! The type a file's name suggests ("PAN_Asha.pdf" a PAN card, "stmt-apr.pdf" a bank statement, a
    //! photo an image), else "other"; the user can always change it.
    static QString guessType(const QString& fileName);
    //! "lead", "applicant", "bank".
    static QStringList relatedModels();
    //! The content types the server keeps: PDF, PNG, JPEG, TIFF and plain text.
    static QStringList contentTypes();
    //! The default limit of one file (the sandbox's, unless the server says otherwise).
    static constexpr qint64 DefaultMaxFileBytes = qint64(25) * 1024 * 1024;

    //! Checks a document's metadata (type, name, notes, related model); normalises \a document in place.
    static FieldErrors check(QJsonObject& document);
    //! The content type of \a data by its first bytes, or empty when it is none the server keeps.
    static QString sniff(const QByteArray& head);
    //! Why the file at \a path cannot be uploaded (unreadable, empty, too large, not a kept type), or empty;
    //! \a contentType receives its content type.
    static QString checkFile(const QString& path, qint64 maxBytes, QString* contentType = nullptr);
    //! "25 MB".
    static QString sizeText(qint64 bytes);
};

} // namespace Crego::Core
