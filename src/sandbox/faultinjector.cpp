// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QCoreApplication>

namespace Crego::Sandbox {

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{ }

void FaultInjector::setSettings(const Settings& settings)
{
    m_settings = settings;
    m_authorisedRequests = 0;
}

FaultInjector::Decision FaultInjector::decide()
{
    Decision decision;
    if (m_settings.latencyMaxMs > 0) {
        const int spread = m_settings.latencyMaxMs - m_settings.latencyMinMs;
        decision.latencyMs = m_settings.latencyMinMs + (spread > 0 ? int(m_random.bounded(spread + 1)) : 0);
    }
    // Always draw all three so the sequence does not depend on which faults are switched on.
    const double error = m_random.generateDouble();
    const double drop = m_random.generateDouble();
    const double malformed = m_random.generateDouble();
    decision.serviceUnavailable = error < m_settings.errorRate;
    decision.drop = !decision.serviceUnavailable && drop < m_settings.dropRate;
    decision.malformed = !decision.serviceUnavailable && !decision.drop && malformed < m_settings.malformedRate;
    return decision;
}

bool FaultInjector::countAuthorisedRequest()
{
    if (m_settings.authExpireAfter <= 0) {
        return false;
    }
    ++m_authorisedRequests;
    if (m_authorisedRequests > m_settings.authExpireAfter) {
        m_authorisedRequests = 0;
        return true;
    }
    return false;
}

bool FaultInjector::parseLatency(const QString& text, int& minMs, int& maxMs)
{
    const QStringList parts = text.split(u'-');
    bool okMin = false;
    bool okMax = true;
    minMs = parts.value(0).toInt(&okMin);
    maxMs = parts.size() > 1 ? parts.value(1).toInt(&okMax) : minMs;
    return parts.size() <= 2 && okMin && okMax && minMs >= 0 && maxMs >= minMs;
}

void FaultInjector::Settings::setStockServer(bool on)
{
    omitLineSummary = on;
    omitProgramList = on;
    ignoreExpand = on;
    pagination = on ? Pagination::PageNumber : Pagination::Sandbox;
    ignoreUnknownFilters = on;
    nullOptionals = on;
    decimalStringAmounts = on;
    millisecondTimestamps = on;
    healthRequiresToken = on;
    htmlErrors = on;
}

namespace {

const QStringList PaginationNames { QStringLiteral("sandbox"), QStringLiteral("page_number"),
    QStringLiteral("cursor") };

//! The on/off behaviours by their JSON key.
QList<QPair<QString, bool FaultInjector::Settings::*>> switches()
{
    using S = FaultInjector::Settings;
    return { { QStringLiteral("omit_line_summary"), &S::omitLineSummary },
        { QStringLiteral("omit_program_list"), &S::omitProgramList },
        { QStringLiteral("ignore_expand"), &S::ignoreExpand },
        { QStringLiteral("ignore_unknown_filters"), &S::ignoreUnknownFilters },
        { QStringLiteral("null_optionals"), &S::nullOptionals },
        { QStringLiteral("decimal_string_amounts"), &S::decimalStringAmounts },
        { QStringLiteral("millisecond_timestamps"), &S::millisecondTimestamps },
        { QStringLiteral("health_requires_token"), &S::healthRequiresToken },
        { QStringLiteral("html_errors"), &S::htmlErrors },
        { QStringLiteral("unreadable_records"), &S::unreadableRecords } };
}

} // namespace

QStringList FaultInjector::behaviourNames()
{
    QStringList names;
    for (const auto& entry : switches()) {
        names.append(entry.first);
    }
    return names;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonObject json {
        { QStringLiteral("latency_ms"),
            m_settings.latencyMinMs == m_settings.latencyMaxMs
                ? QString::number(m_settings.latencyMinMs)
                : QStringLiteral("%1-%2").arg(m_settings.latencyMinMs).arg(m_settings.latencyMaxMs) },
        { QStringLiteral("error_rate"), m_settings.errorRate },
        { QStringLiteral("drop_rate"), m_settings.dropRate },
        { QStringLiteral("malformed_rate"), m_settings.malformedRate },
        { QStringLiteral("auth_expire_after"), m_settings.authExpireAfter },
    };
    for (const auto& [key, member] : switches()) {
        json.insert(key, m_settings.*member);
    }
    json.insert(QStringLiteral("pagination"), PaginationNames.at(int(m_settings.pagination)));
    return json;
}

QString FaultInjector::applyJson(const QJsonObject& json)
{
    Settings settings = m_settings;
    const QString problem = apply(json, settings);
    if (problem.isEmpty()) {
        setSettings(settings);
    }
    return problem;
}

QString FaultInjector::apply(const QJsonObject& json, Settings& result)
{
    Settings settings = result;
    if (json.contains(QStringLiteral("latency_ms"))) {
        const QJsonValue value = json.value(QStringLiteral("latency_ms"));
        const QString text = value.isDouble() ? QString::number(value.toInt()) : value.toString();
        if (!parseLatency(text, settings.latencyMinMs, settings.latencyMaxMs)) {
            return QCoreApplication::translate("FaultInjector", "latency_ms must be N or N-M milliseconds");
        }
    }
    const QList<QPair<QString, double*>> rates { { QStringLiteral("error_rate"), &settings.errorRate },
        { QStringLiteral("drop_rate"), &settings.dropRate },
        { QStringLiteral("malformed_rate"), &settings.malformedRate } };
    for (const auto& [key, target] : rates) {
        if (!json.contains(key)) {
            continue;
        }
        const double rate = json.value(key).toDouble(-1);
        if (rate < 0 || rate > 1) {
            return QCoreApplication::translate("FaultInjector", "%1 must be a number from 0 to 1").arg(key);
        }
        *target = rate;
    }
    if (json.contains(QStringLiteral("auth_expire_after"))) {
        settings.authExpireAfter = json.value(QStringLiteral("auth_expire_after")).toInt(-1);
        if (settings.authExpireAfter < 0) {
            return QCoreApplication::translate("FaultInjector", "auth_expire_after must be 0 or more");
        }
    }
    if (json.contains(QStringLiteral("stock_server"))) {
        settings.setStockServer(json.value(QStringLiteral("stock_server")).toBool());
    }
    for (const auto& [key, member] : switches()) {
        if (json.contains(key)) {
            settings.*member = json.value(key).toBool();
        }
    }
    if (json.contains(QStringLiteral("pagination"))) {
        const int style = int(PaginationNames.indexOf(json.value(QStringLiteral("pagination")).toString()));
        if (style < 0) {
            return QCoreApplication::translate("FaultInjector", "pagination must be one of %1")
                .arg(PaginationNames.join(QStringLiteral(", ")));
        }
        settings.pagination = Settings::Pagination(style);
    }
    result = settings;
    return QString();
}

} // namespace Crego::Sandbox
