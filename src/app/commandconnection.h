// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxthread.h"
#include "session.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace Crego::App {

//! The connection of a command-line command: `--url URL` with the token in an environment variable
//! (`--token-env`, default CREGO_TOKEN), or `--sandbox [sandbox options]` started for the purpose; a
//! session that reports a refused token instead of waiting for someone to sign in.
class CommandConnection
{
public:
    //! \a context is the translation context of the command's texts ("probe", "export").
    explicit CommandConnection(const char* context);

    void addOptions(QCommandLineParser& parser) const;
    //! Starts the sandbox if asked and opens the session; false with \a error (and \a exitCode) otherwise.
    bool open(const QCommandLineParser& parser, QString* error, int* exitCode);

    Api::Session& session() { return *m_session; }
    QUrl url() const { return m_url; }
    //! "Sandbox (http://127.0.0.1:…)" or the server's URL, for reports.
    QString description() const;

private:
    const char* m_context;
    QCommandLineOption m_urlOption;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_sandboxOption;
    std::unique_ptr<Sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<Api::Session> m_session;
    QUrl m_url;
};

} // namespace Crego::App
