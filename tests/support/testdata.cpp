// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QFile>
#include <QTest>

namespace Crego::Tests {

QString TestData::path(const QString& name)
{
    return QStringLiteral(CREGO_TEST_DATA_DIR "/") + name;
}

QByteArray TestData::read(const QString& name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

} // namespace Crego::Tests
