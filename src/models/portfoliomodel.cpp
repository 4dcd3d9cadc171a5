// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliomodel.h"

#include "riskpalette.h"

#include "assetclass.h"
#include "dpdbucket.h"
#include "linemetrics.h"
#include "linesummary.h"

#include <QDateTime>

namespace Crego::Models {

namespace {

constexpr int UtilizationBands = 11;

const Core::AssetClass::Value AssetClasses[] = { Core::AssetClass::Standard, Core::AssetClass::SubStandard,
    Core::AssetClass::Doubtful, Core::AssetClass::Loss, Core::AssetClass::Unknown };

} // namespace

PortfolioModel::PortfolioModel(QObject* parent)
    : QObject(parent)
    , m_byProgram(new PortfolioBreakdownModel(tr("Program"), this))
    , m_byDpdBucket(new PortfolioBreakdownModel(tr("DPD bucket"), this))
    , m_byAssetClass(new PortfolioBreakdownModel(tr("Asset class"), this))
    , m_byUtilization(new PortfolioBreakdownModel(tr("Utilization"), this))
{
    for (int value = Core::DpdBucket::Current; value <= Core::DpdBucket::Npa; ++value) {
        const Core::DpdBucket bucket = Core::DpdBucket::fromValue(Core::DpdBucket::Value(value));
        m_byDpdBucket->category(QString::number(value), tr("%1 (%2)").arg(bucket.code(), bucket.rangeText()),
            RiskPalette::bucketColour(bucket.value()));
    }
    for (Core::AssetClass::Value value : AssetClasses) {
        m_byAssetClass->category(
            QString::number(value), Core::AssetClass::label(value), RiskPalette::assetClassColour(value));
    }
    for (int band = 0; band < UtilizationBands; ++band) {
        m_byUtilization->category(QString::number(band), utilizationBandLabel(band));
    }
}

int PortfolioModel::utilizationBand(int basisPoints)
{
    if (basisPoints > 10000) {
        return UtilizationBands - 1;
    }
    return std::clamp(basisPoints / 1000, 0, UtilizationBands - 2);
}

QString PortfolioModel::utilizationBandLabel(int band)
{
    if (band >= UtilizationBands - 1) {
        return tr("Over 100");
    }
    if (band == UtilizationBands - 2) {
        return tr("90–100");
    }
    return tr("%1–%2").arg(band * 10).arg(band * 10 + 9);
}

void PortfolioModel::clear()
{
    m_leads.clear();
    m_withoutLine = 0;
    m_approved = m_outstanding = m_available = Core::Money();
    m_byProgram->clear(false);
    for (PortfolioBreakdownModel* breakdown : { m_byDpdBucket, m_byAssetClass, m_byUtilization }) {
        breakdown->clear(true);
    }
    Q_EMIT changed();
}

void PortfolioModel::addLeads(const QList<Core::Lead>& leads, Publish when)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Core::Lead& lead : leads) {
        addLead(lead, now);
    }
    if (when == Publish::Now) {
        publish();
    }
}

void PortfolioModel::publish()
{
    for (PortfolioBreakdownModel* breakdown : { m_byProgram, m_byDpdBucket, m_byAssetClass, m_byUtilization }) {
        breakdown->publish();
    }
    Q_EMIT changed();
}

void PortfolioModel::addLead(const Core::Lead& lead, const QDateTime& now)
{
    const int leadIndex = int(m_leads.size());
    std::optional<Core::LineSummary> summary = lead.lineSummary;
    Core::Money approved;
    Core::Money outstanding;
    Core::Money available;
    Core::Money drawn;
    Core::Money operative;
    int lines = 0;
    for (const Core::LeadProgram& program : std::as_const(lead.programs)) {
        if (!program.lineDetail) {
            continue;
        }
        const Core::LineDetail& line = *program.lineDetail;
        ++lines;
        approved += line.approvedLineAmount;
        outstanding += line.totalOutstanding;
        available += line.activeLineAmount;
        const Core::LineMetrics metrics = Core::LineMetrics::compute(line, now);
        drawn += metrics.used();
        drawn += metrics.blocked();
        operative += metrics.operative();
        const QString programName = program.displayName();
        m_byProgram->add(m_byProgram->category(program.programId, programName), leadIndex, line.approvedLineAmount,
            line.totalOutstanding, line.activeLineAmount);
    }
    m_approved += approved;
    m_outstanding += outstanding;
    m_available += available;
    if (lines == 0) {
        ++m_withoutLine;
    } else {
        const Core::LineSummary worst = *Core::LineSummary::fromPrograms(lead.programs); // lines > 0
        const int bucket = Core::DpdBucket::fromDays(worst.dpd).value();
        const int assetClass = Core::AssetClass::fromCode(worst.npaCategory);
        m_byDpdBucket->add(bucket, leadIndex, approved, outstanding, available);
        m_byAssetClass->add(
            int(std::find(std::begin(AssetClasses), std::end(AssetClasses), assetClass) - std::begin(AssetClasses)),
            leadIndex, approved, outstanding, available);
        if (operative.paise() > 0) {
            const int basisPoints = int(std::min<qint64>(drawn.paise() * 10000 / operative.paise(), 1000000));
            m_byUtilization->add(utilizationBand(basisPoints), leadIndex, approved, outstanding, available);
        }
        if (!summary) {
            summary = worst;
        }
    }
    m_leads.append(lead, summary);
}

QList<Core::Lead> PortfolioModel::leadsIn(const PortfolioBreakdownModel* breakdown, int row) const
{
    QList<Core::Lead> leads;
    if (row < 0 || row >= breakdown->rowCount()) {
        return leads;
    }
    leads.reserve(breakdown->leadIndexes(row).size());
    for (int index : breakdown->leadIndexes(row)) {
        leads.append(m_leads.at(index));
    }
    return leads;
}

} // namespace Crego::Models
