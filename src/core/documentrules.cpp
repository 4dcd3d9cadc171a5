// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrules.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace Crego::Core {

namespace {

//! The kept content type \a mime is or derives from (CSV is plain text), or empty.
QString keptType(const QMimeType& mime)
{
    for (const QString& kept : DocumentRules::contentTypes()) {
        if (mime.inherits(kept)) {
            return kept;
        }
    }
    return QString();
}

} // namespace

QStringList DocumentRules::documentTypes()
{
    return { QStringLiteral("pan"), QStringLiteral("aadhaar"), QStringLiteral("bank_statement"),
        QStringLiteral("gst_certificate"), QStringLiteral("itr"), QStringLiteral("invoice"),
        QStringLiteral("sanction_letter"), QStringLiteral("photo"), QStringLiteral("other") };
}

QString DocumentRules::documentTypeName(const QString& documentType)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("pan"), QT_TR_NOOP("PAN card") },
        { QStringLiteral("aadhaar"), QT_TR_NOOP("Aadhaar (masked)") },
        { QStringLiteral("bank_statement"), QT_TR_NOOP("Bank statement") },
        { QStringLiteral("gst_certificate"), QT_TR_NOOP("GST certificate") },
        { QStringLiteral("itr"), QT_TR_NOOP("Income tax return (ITR)") },
        { QStringLiteral("invoice"), QT_TR_NOOP("Invoice") },
        { QStringLiteral("sanction_letter"), QT_TR_NOOP("Sanction letter") },
        { QStringLiteral("photo"), QT_TR_NOOP("Photograph") },
        { QStringLiteral("other"), QT_TR_NOOP("Other") },
    };
    const auto name = names.constFind(documentType);
    if (name != names.constEnd()) {
        return tr(*name);
    }
    QString text = documentType;
    text.replace(u'_', u' ');
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QString DocumentRules::guessType(const QString& fileName)
{
    const QString name = fileName.toLower();
    // Whole words of the name, so that "company" is no PAN card.
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    static const QList<QPair<const char*, const char*>> hints {
        { "aadhaar", "aadhaar" },
        { "aadhar", "aadhaar" },
        { "pan", "pan" },
        { "statement", "bank_statement" },
        { "stmt", "bank_statement" },
        { "gst", "gst_certificate" },
        { "itr", "itr" },
        { "invoice", "invoice" },
        { "bill", "invoice" },
        { "sanction", "sanction_letter" },
    };
    for (const auto& [hint, type] : hints) {
        if (words.contains(QLatin1String(hint))) {
            return QLatin1String(type);
        }
    }
    const QString suffix = name.section(u'.', -1);
    if (suffix == u"jpg" || suffix == u"jpeg" || suffix == u"png" || suffix == u"tif" || suffix == u"tiff") {
        return QStringLiteral("photo");
    }
    return QStringLiteral("other");
}

QStringList DocumentRules::relatedModels()
{
    return { QStringLiteral("lead"), QStringLiteral("applicant"), QStringLiteral("bank") };
}

QStringList DocumentRules::contentTypes()
{
    return { QStringLiteral("application/pdf"), QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
        QStringLiteral("image/tiff"), QStringLiteral("text/plain") };
}

FieldErrors DocumentRules::check(QJsonObject& document)
{
    FieldErrors errors;
    const auto text = [&document](const char* key) { return document.value(QLatin1String(key)).toString().trimmed(); };
    const QString type = text("document_type");
    if (type.isEmpty()) {
        errors.insert(QStringLiteral("document_type"), tr("Choose what kind of document this is"));
    } else if (!documentTypes().contains(type)) {
        errors.insert(QStringLiteral("document_type"),
            tr("\"%1\" is not a document type; use one of %2").arg(type, documentTypes().join(QStringLiteral(", "))));
    }
    const QString name = text("name");
    if (document.contains(QStringLiteral("name"))) {
        if (name.isEmpty()) {
            errors.insert(QStringLiteral("name"), tr("Enter a name, such as the file's name"));
        } else if (name.size() > 200) {
            errors.insert(QStringLiteral("name"), tr("Use at most 200 characters"));
        } else if (name.contains(u'/') || name.contains(u'\\')) {
            errors.insert(QStringLiteral("name"), tr("A name cannot contain / or \\"));
        } else {
            document.insert(QStringLiteral("name"), name);
        }
    }
    const QString notes = text("notes");
    if (notes.size() > 1000) {
        errors.insert(QStringLiteral("notes"), tr("Use at most 1000 characters"));
    } else if (document.contains(QStringLiteral("notes"))) {
        document.insert(QStringLiteral("notes"), notes);
    }
    const QString model = text("related_model");
    if (document.contains(QStringLiteral("related_model")) && !relatedModels().contains(model)) {
        errors.insert(QStringLiteral("related_model_id"), tr("Choose the lead, an applicant or a bank account"));
    } else if (document.contains(QStringLiteral("related_model_id")) && text("related_model_id").isEmpty()) {
        errors.insert(QStringLiteral("related_model_id"), tr("Choose the record this document belongs to"));
    }
    return errors;
}

QString DocumentRules::sniff(const QByteArray& head)
{
    return keptType(QMimeDatabase().mimeTypeForData(head));
}

QString DocumentRules::checkFile(const QString& path, qint64 maxBytes, QString* contentType)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return tr("%1 cannot be read.").arg(info.fileName());
    }
    if (info.size() == 0) {
        return tr("%1 is empty.").arg(info.fileName());
    }
    if (info.size() > maxBytes) {
        return tr("%1 is %2; the server accepts files up to %3.")
            .arg(info.fileName(), sizeText(info.size()), sizeText(maxBytes));
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent);
    const QString type = keptType(mime);
    if (type.isEmpty()) {
        return tr("%1 is a file of type %2; only PDF, PNG, JPEG, TIFF and plain-text files can be uploaded.")
            .arg(info.fileName(), mime.comment());
    }
    if (contentType) {
        *contentType = type;
    }
    return QString();
}

QString DocumentRules::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 10 * 1024 * 1024 ? 1 : 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace Crego::Core
