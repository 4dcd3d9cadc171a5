// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxoptions.h"

#include <QSemaphore>
#include <QThread>
#include <QUrl>

namespace Crego::Sandbox {

//! Runs a SandboxServer on its own thread, so seeding and queries never block the GUI that uses it.
class SandboxThread final : public QThread
{
    Q_OBJECT

public:
    explicit SandboxThread(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxThread() override;

    //! Starts the thread and waits until the server listens (true) or has failed (false, \a error set).
    bool startAndWait(QString* error);
    //! After start(): waits until the server listens (true) or has failed (false, \a error set). Lets the
    //! caller build its window while the sandbox opens its data file.
    bool waitUntilListening(QString* error);
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

protected:
    void run() override;

private:
    SandboxOptions m_options;
    QSemaphore m_ready;
    QUrl m_baseUrl;
    QString m_token;
    QString m_error;
};

} // namespace Crego::Sandbox
