// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

class QWidget;

namespace Crego::Widgets {

//! Where the order widgets were made in is not the order they are shown in (charts made in code after
//! the form, say), puts them in Tab's chain in the order shown.
class TabOrder final
{
public:
    //! Tab goes from each of \a widgets to the next; the first keeps its place in the window's chain.
    static void follow(std::initializer_list<QWidget*> widgets);
};

} // namespace Crego::Widgets
