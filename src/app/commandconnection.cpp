// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandconnection.h"

#include "sandboxcommandline.h"

#include <QCoreApplication>

namespace Crego::App {

CommandConnection::CommandConnection(const char* context)
    : m_context(context)
    , m_urlOption(QStringLiteral("url"),
          QCoreApplication::translate("command", "Base URL of the API, e.g. https://preprod.api.crego.io"),
          QStringLiteral("URL"))
    , m_tokenEnv(QStringLiteral("token-env"),
          QCoreApplication::translate(
              "command", "Environment variable holding the bearer token (default CREGO_TOKEN)."),
          QStringLiteral("VAR"), QStringLiteral("CREGO_TOKEN"))
    , m_sandboxOption(QStringLiteral("sandbox"),
          QCoreApplication::translate("command", "Use a built-in sandbox started for the purpose."))
{ }

void CommandConnection::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({ m_urlOption, m_tokenEnv, m_sandboxOption });
    Sandbox::SandboxCommandLine::addOptions(parser);
}

bool CommandConnection::open(const QCommandLineParser& parser, QString* error, int* exitCode)
{
    m_url = QUrl(parser.value(m_urlOption));
    QString token = qEnvironmentVariable(parser.value(m_tokenEnv).toLocal8Bit().constData());
    *exitCode = 2;
    if (parser.isSet(m_sandboxOption)) {
        Sandbox::SandboxOptions options;
        if (!Sandbox::SandboxCommandLine::read(parser, options, error)) {
            return false;
        }
        m_sandbox = std::make_unique<Sandbox::SandboxThread>(options);
        if (!m_sandbox->startAndWait(error)) {
            *exitCode = 1;
            return false;
        }
        m_url = m_sandbox->baseUrl();
        token = m_sandbox->token();
    }
    if (m_url.isEmpty()) {
        *error = QCoreApplication::translate(m_context, "Give --url URL (and the token in $CREGO_TOKEN) or --sandbox.");
        return false;
    }
    // Nobody is there to sign in again: a refused token is reported as such.
    Api::Session::CallPolicy policy;
    policy.holdForSignIn = false;
    m_session = std::make_unique<Api::Session>(policy);
    m_session->setKeychainEnabled(false);
    return m_session->open(Api::ConnectionProfile::custom(m_url), token, error);
}

QString CommandConnection::description() const
{
    return m_sandbox ? QCoreApplication::translate("command", "Sandbox (%1)").arg(m_url.toString()) : m_url.toString();
}

} // namespace Crego::App
