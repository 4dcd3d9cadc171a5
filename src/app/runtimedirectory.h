// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crego::App {

//! Gives Qt a per-user runtime directory when the environment names none (sudo, ssh, cron, CI): the one Qt
//! would fall back to, created owner-only and named in XDG_RUNTIME_DIR, so that Qt does not print a notice
//! about it on every run. Leaves everything to Qt (and its warnings) when that directory is not the user's.
class RuntimeDirectory
{
public:
    //! Call first thing in main(), before any Qt application object exists. Does nothing but on Linux and
    //! other XDG systems, and nothing when XDG_RUNTIME_DIR is set.
    static void ensure();
};

} // namespace Crego::App
