// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Crego::Sandbox {

//! The sandbox's command-line options, shared by crego-sandbox and `crego-desk --sandbox`.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    //! Adds --port, --data, --leads, --seed, --token and the fault options to \a parser.
    static void addOptions(QCommandLineParser& parser);
    //! Reads them back; false with \a error set when a value is out of range.
    static bool read(const QCommandLineParser& parser, SandboxOptions& options, QString* error);
};

} // namespace Crego::Sandbox
