// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crego::App {

//! `crego-desk export leads|line LEAD_ID|portfolio (--url URL [--token-env VAR] | --sandbox [options])
//! [filters] [--columns a,b] --out FILE.xlsx`: writes every lead matching the filters (all pages), one
//! borrower's line report, or the portfolio to a workbook, for scheduled reports. Progress on stderr; exit 0
//! on success, else one line saying why and no file.
class ExportCommand
{
public:
    static int run(int argc, char* argv[]);
};

} // namespace Crego::App
