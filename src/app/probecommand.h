// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crego::App {

//! `crego-desk probe --url URL [--token-env VAR]` or `crego-desk probe --sandbox`: walks the API read-only
//! and prints one line per endpoint; exits 0 when every answer decoded.
class ProbeCommand
{
public:
    static int run(int argc, char* argv[]);
};

} // namespace Crego::App
