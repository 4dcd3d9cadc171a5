// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentrules.h"
#include "faultinjector.h"

#include <QString>

namespace Crego::Sandbox {

//! How to run a sandbox: where its data lives, how big a portfolio to seed, its token and its faults.
struct SandboxOptions
{
    quint16 port = 0; //!< 0: any free port
    QString dataFile; //!< empty: defaultDataFile()
    int leads = 500;
    quint32 seed = 1;
    QString token; //!< empty: a random token
    qint64 maxUploadBytes = Core::DocumentRules::DefaultMaxFileBytes; //!< the largest document file accepted
    FaultInjector::Settings faults;

    //! crego-sandbox.sqlite in the user's application-data folder.
    static QString defaultDataFile();
};

} // namespace Crego::Sandbox
