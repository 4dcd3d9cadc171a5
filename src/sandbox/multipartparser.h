// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace Crego::Sandbox {

//! Splits a multipart/form-data body into its parts (RFC 7578), enough for document uploads.
class MultipartParser
{
public:
    struct Part
    {
        QByteArray name;
        QByteArray fileName; //!< empty for a plain field
        QByteArray contentType;
        QByteArray data;
    };

    //! The parts of \a body; nullopt when the boundary is missing or the body is not well formed.
    static std::optional<QList<Part>> parse(const QByteArray& contentType, const QByteArray& body);
    static QByteArray boundaryOf(const QByteArray& contentType);
};

} // namespace Crego::Sandbox
