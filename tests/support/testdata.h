// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Crego::Tests {

//! Fixtures under tests/data, read by name.
class TestData
{
public:
    static QString path(const QString& name);
    //! The file's bytes; fails the current test when the file cannot be read.
    static QByteArray read(const QString& name);
};

} // namespace Crego::Tests
