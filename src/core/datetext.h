// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp.h"

#include <QString>

namespace Crego::Core {

//! Server times as people read them, in their own time zone and language: one format for every screen.
class DateText
{
public:
    //! "23 May 2024", or "—" when there is none.
    static QString date(const Timestamp& timestamp);
    //! "23 May 2024, 13:29", or "—" when there is none.
    static QString dateTime(const Timestamp& timestamp);
};

} // namespace Crego::Core
