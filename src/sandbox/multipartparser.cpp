// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartparser.h"

#include <QRegularExpression>

namespace Crego::Sandbox {

namespace {

QByteArray headerParameter(const QByteArray& header, const char* name)
{
    const QRegularExpression pattern(QStringLiteral("%1=\"([^\"]*)\"|%1=([^;\\s]*)").arg(QString::fromLatin1(name)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(header));
    if (!match.hasMatch()) {
        return QByteArray();
    }
    return (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toUtf8();
}

} // namespace

QByteArray MultipartParser::boundaryOf(const QByteArray& contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        return QByteArray();
    }
    return headerParameter(contentType, "boundary");
}

std::optional<QList<MultipartParser::Part>> MultipartParser::parse(
    const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    QList<Part> parts;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0) {
        return std::nullopt;
    }
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--") {
            return parts; // closing delimiter
        }
        if (body.mid(position, 2) != "\r\n") {
            return std::nullopt;
        }
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), position);
        if (headersEnd < 0 || next < 0 || headersEnd > next) {
            return std::nullopt;
        }
        Part part;
        for (const QByteArray& line : body.mid(position, headersEnd - position).split('\n')) {
            const QByteArray header = line.trimmed();
            const QByteArray lower = header.toLower();
            if (lower.startsWith("content-disposition:")) {
                part.name = headerParameter(header, "name");
                part.fileName = headerParameter(header, "filename");
            } else if (lower.startsWith("content-type:")) {
                part.contentType = header.mid(int(sizeof("content-type:")) - 1).trimmed();
            }
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        position = next + 2;
    }
}

} // namespace Crego::Sandbox
