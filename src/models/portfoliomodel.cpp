// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliomodel.h"

#include "riskpalette.h"

#include "assetclass.h"
#include "dpdbucket.h"

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

void PortfolioModel::addEntries(const QList<PortfolioEntry>& entries, Publish when)
{
    for (const PortfolioEntry& entry : entries) {
        addEntry(entry);
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

void PortfolioModel::addEntry(const PortfolioEntry& entry)
{
    const int leadIndex = int(m_leads.size());
    for (const PortfolioEntry::ProgramLine& line : entry.lines) {
        m_byProgram->add(m_byProgram->category(line.programId, line.programName), leadIndex, line.approved,
            line.outstanding, line.available);
    }
    m_approved += entry.approved;
    m_outstanding += entry.outstanding;
    m_available += entry.available;
    if (!entry.hasLine()) {
        ++m_withoutLine;
    } else {
        m_byDpdBucket->add(entry.dpdBucket, leadIndex, entry.approved, entry.outstanding, entry.available);
        m_byAssetClass->add(int(std::find(std::begin(AssetClasses), std::end(AssetClasses), entry.assetClass)
                                - std::begin(AssetClasses)),
            leadIndex, entry.approved, entry.outstanding, entry.available);
        if (entry.utilizationBand >= 0) {
            m_byUtilization->add(entry.utilizationBand, leadIndex, entry.approved, entry.outstanding, entry.available);
        }
    }
    m_leads.append(entry.lead, entry.summary);
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
