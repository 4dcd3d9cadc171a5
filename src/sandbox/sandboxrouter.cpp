// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxrouter.h"

namespace Crego::Sandbox {

void SandboxRouter::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    Route route { method, {}, {}, std::move(handler) };
    QString regex;
    qsizetype last = 0;
    for (auto match = placeholder.globalMatch(pattern); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        regex
            += QRegularExpression::escape(pattern.mid(last, found.capturedStart() - last)) + QStringLiteral("([^/]+)");
        route.names.append(found.captured(1));
        last = found.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(last));
    route.expression.setPattern(QRegularExpression::anchoredPattern(regex));
    m_routes.push_back(std::move(route));
}

SandboxResponse SandboxRouter::dispatch(SandboxRequest& request) const
{
    QList<QByteArray> allowed;
    for (const Route& route : m_routes) {
        const QRegularExpressionMatch match = route.expression.match(request.path);
        if (!match.hasMatch()) {
            continue;
        }
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.captures.clear();
        for (qsizetype i = 0; i < route.names.size(); ++i) {
            request.captures.insert(route.names[i], QUrl::fromPercentEncoding(match.captured(int(i) + 1).toUtf8()));
        }
        return route.handler(request);
    }
    if (!allowed.isEmpty()) {
        SandboxResponse response
            = SandboxResponse::error(405, tr("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
        response.headers.append({ QByteArray("Allow"), allowed.join(", ") });
        return response;
    }
    return SandboxResponse::error(404, tr("No route for %1.").arg(request.path));
}

} // namespace Crego::Sandbox
