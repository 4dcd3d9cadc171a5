// SPDX-License-Identifier: GPL-3.0-or-later
#include "codetext.h"

namespace Crego::Core {

QString CodeText::humanize(const QString& code)
{
    QString text = code;
    text.replace(u'_', u' ');
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

} // namespace Crego::Core
