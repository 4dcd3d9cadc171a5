// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistmodel.h"

#include "riskpalette.h"
#include "roles.h"

#include "assetclass.h"
#include "codetext.h"
#include "cregoclient.h"
#include "datetext.h"
#include "dpdbucket.h"
#include "moneyformatter.h"
#include "validators.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Crego::Models {

namespace {

const QString Dash = QStringLiteral("—");

//! The lead's line figures, or null when none are known (no line yet, no programs, not loaded): never zeros.
const Core::LineSummary* figuresOf(const Core::Lead& lead)
{
    return lead.lineSummary && lead.lineSummary->hasLine ? &*lead.lineSummary : nullptr;
}

} // namespace

LeadListModel::LeadListModel(Api::CregoClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

void LeadListModel::setQuery(const Api::LeadQuery& query)
{
    m_query = query;
    reload();
}

void LeadListModel::reload()
{
    if (m_call) {
        m_call->cancel();
    }
    beginResetModel();
    m_leads.clear();
    m_lineRequested.clear();
    m_total = -1;
    m_unreadable = 0;
    m_pages.stop(); // views ask for more as the reset ends: the first page is asked for below, once
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!m_selection.isEmpty()) {
        m_selection.clear();
        Q_EMIT selectionChanged(m_selection);
    }
    m_pages.reset();
    fetchNext();
}

void LeadListModel::showSelection(const QString& description, const QList<Core::Lead>& leads)
{
    if (m_call) {
        m_call->cancel();
    }
    beginResetModel();
    m_leads = leads;
    m_lineRequested.clear();
    m_total = leads.size();
    m_pages.stop();
    endResetModel();
    m_selection = description.isEmpty() ? tr("Selection") : description;
    Q_EMIT totalCountChanged(m_total);
    Q_EMIT selectionChanged(m_selection);
    setState(m_leads.isEmpty() ? State::Empty : State::Loaded);
}

void LeadListModel::fetchNext()
{
    setState(State::Loading);
    m_call = m_client->nextLeads(m_query, m_pages, this, [this](const Api::ApiResult<Core::Page<Core::Lead>>& result) {
        m_call = nullptr;
        if (!result.ok()) {
            if (result.error().band() == Api::ApiError::Band::Cancelled) {
                return; // a newer query replaced this one
            }
            const bool ended = m_pages.isEndOfList(result.error()); // "Invalid page." past the last one
            m_pages.stop(); // never asked again by itself: views would ask at once, and again, and again
            m_error = ended ? Api::ApiError() : result.error();
            setState(ended ? State::Loaded : State::Error);
            return;
        }
        const Core::Page<Core::Lead>& leads = result.value();
        // Before the rows go in: views react to the insertion by asking for more. Leads left out because
        // they could not be read still count as arrived.
        m_pages.pageArrived(leads.info, leads.items.size() + leads.skipped.size());
        m_unreadable += int(leads.skipped.size());
        if (!leads.items.isEmpty()) {
            beginInsertRows(QModelIndex(), int(m_leads.size()), int(m_leads.size() + leads.items.size() - 1));
            m_leads.append(leads.items);
            endInsertRows();
        }
        const qint64 total = m_pages.total() >= 0 ? m_pages.total() : (m_pages.hasMore() ? -1 : m_leads.size());
        if (m_total != total) {
            m_total = total;
            Q_EMIT totalCountChanged(m_total);
        }
        m_error = Api::ApiError();
        if (!m_call) { // a view may have asked for the next page while the rows went in
            setState(m_leads.isEmpty() ? State::Empty : State::Loaded);
        }
    });
}

void LeadListModel::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

int LeadListModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_leads.size(); ++row) {
        if (m_leads[row].id == id) {
            return int(row);
        }
    }
    return -1;
}

void LeadListModel::removeLead(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_leads.removeAt(row);
    endRemoveRows();
    if (m_total > 0) {
        --m_total;
        Q_EMIT totalCountChanged(m_total);
    }
    if (m_leads.isEmpty()) {
        setState(State::Empty);
    }
}

void LeadListModel::setRevealMobiles(bool reveal)
{
    m_revealMobiles = reveal;
    if (!m_leads.isEmpty()) {
        Q_EMIT dataChanged(index(0, Mobile), index(int(m_leads.size()) - 1, Mobile), { Qt::DisplayRole });
    }
}

int LeadListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

int LeadListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeadListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_pages.hasMore() && !m_call && m_selection.isEmpty();
}

void LeadListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        fetchNext();
    }
}

QString LeadListModel::orderingKey(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case RefId:
        return QStringLiteral("ref_id");
    case Status:
        return QStringLiteral("status");
    case Approved:
        return QStringLiteral("approved_line_amount");
    case Outstanding:
        return QStringLiteral("total_outstanding");
    case Dpd:
        return QStringLiteral("dpd");
    case NpaClass:
        return QStringLiteral("npa_category");
    case Created:
        return QStringLiteral("created_at");
    default:
        return QString();
    }
}

void LeadListModel::sort(int column, Qt::SortOrder order)
{
    if (isSelection() && column >= 0 && column < ColumnCount) {
        beginResetModel();
        std::stable_sort(
            m_leads.begin(), m_leads.end(), [this, column, order](const Core::Lead& a, const Core::Lead& b) {
                const QPartialOrdering ordering = QVariant::compare(rawData(a, column), rawData(b, column));
                return order == Qt::AscendingOrder ? ordering == QPartialOrdering::Less
                                                   : ordering == QPartialOrdering::Greater;
            });
        endResetModel();
        return;
    }
    const QString key = orderingKey(column);
    if (key.isEmpty()) {
        return;
    }
    Api::LeadQuery query = m_query;
    query.ordering = order == Qt::DescendingOrder ? u'-' + key : key;
    if (query != m_query) {
        setQuery(query);
    }
}

QVariant LeadListModel::displayData(const Core::Lead& lead, int column) const
{
    const Core::LineSummary* line = figuresOf(lead);
    switch (column) {
    case Name:
        return lead.displayName();
    case RefId:
        return lead.refId;
    case Mobile:
        return m_revealMobiles ? lead.primaryMobile : Core::Validators::maskMobile(lead.primaryMobile);
    case Program:
        if (!lead.lineSummary || lead.lineSummary->programName.isEmpty()) {
            return Dash;
        }
        // The amounts are every line's together: say there is more than the program named.
        return lead.lineSummary->lineCount > 1
            ? tr("%1 + %n more", "other lines of the lead", lead.lineSummary->lineCount - 1)
                  .arg(lead.lineSummary->programName)
            : lead.lineSummary->programName;
    case Status:
        return Core::CodeText::humanize(lead.status);
    case Approved:
        if (!line) {
            return lead.lineSummary ? tr("No line yet") : Dash;
        }
        return Core::MoneyFormatter::format(line->approvedLineAmount);
    case Outstanding:
        return line ? Core::MoneyFormatter::format(line->totalOutstanding) : Dash;
    case Dpd: {
        if (!line) {
            return Dash;
        }
        const Core::DpdBucket bucket = Core::DpdBucket::fromDays(line->dpd);
        return line->dpd == 0 ? bucket.code() : tr("%1 · %2").arg(line->dpd).arg(bucket.code());
    }
    case NpaClass:
        return line ? line->npaCategory : Dash;
    case Created:
        return Core::DateText::date(lead.createdAt);
    default:
        return QVariant();
    }
}

QVariant LeadListModel::rawData(const Core::Lead& lead, int column) const
{
    const Core::LineSummary* line = figuresOf(lead);
    switch (column) {
    case Approved:
        return line ? QVariant(line->approvedLineAmount.paise()) : QVariant();
    case Outstanding:
        return line ? QVariant(line->totalOutstanding.paise()) : QVariant();
    case Dpd:
        return line ? QVariant(line->dpd) : QVariant();
    case Created:
        return lead.createdAt.toUtc();
    case Mobile:
        return lead.primaryMobile;
    case Status:
        return lead.status;
    default:
        return displayData(lead, column);
    }
}

QVariant LeadListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Core::Lead& lead = m_leads.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(lead, index.column());
    case Qt::ToolTipRole:
        if ((index.column() == Program || index.column() == Approved || index.column() == Outstanding)
            && figuresOf(lead) && figuresOf(lead)->lineCount > 1) {
            return tr("%n lines: the amounts are all lines together, DPD and NPA class the worst line's.", "",
                figuresOf(lead)->lineCount);
        }
        if (index.column() == NpaClass && figuresOf(lead)) {
            return Core::AssetClass::label(Core::AssetClass::fromCode(figuresOf(lead)->npaCategory));
        }
        if (index.column() == Dpd && figuresOf(lead)) {
            return Core::DpdBucket::fromDays(figuresOf(lead)->dpd).rangeText();
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Approved || index.column() == Outstanding || index.column() == Dpd) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if ((index.column() == Dpd || index.column() == NpaClass) && figuresOf(lead)) {
            const QColor tint = RiskPalette::bucketTint(Core::DpdBucket::fromDays(figuresOf(lead)->dpd).value());
            return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
        }
        return QVariant();
    case RawValueRole:
        return rawData(lead, index.column());
    case IdRole:
        return lead.id;
    case DpdBucketRole:
        return figuresOf(lead) ? QVariant(int(Core::DpdBucket::fromDays(figuresOf(lead)->dpd).value())) : QVariant();
    default:
        return QVariant();
    }
}

void LeadListModel::fetchLines(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < m_leads.size(); ++row) {
        const QString id = m_leads.at(row).id;
        if (m_leads.at(row).lineSummary || m_lineRequested.contains(id)) {
            continue;
        }
        m_lineRequested.insert(id);
        m_client->leadPrograms(id, this, [this, id](const Api::ApiResult<QList<Core::LeadProgram>>& result) {
            const int at = rowOf(id);
            if (!result.ok() || at < 0) {
                return; // the cells keep showing "—"
            }
            m_leads[at].lineSummary = Core::LineSummary::fromPrograms(result.value());
            Q_EMIT dataChanged(index(at, Program), index(at, NpaClass));
        });
    }
}

void LeadListModel::deleteLead(const QString& id, QObject* context, std::function<void(const Api::ApiError&)> done)
{
    m_client->deleteLead(id, context, [self = QPointer(this), id, done](const Api::ApiResult<Api::Done>& result) {
        if (!result.ok() && result.error().band() != Api::ApiError::Band::NotFound) {
            done(result.error());
            return;
        }
        if (self) {
            self->removeLead(id);
        }
        done(Api::ApiError());
    });
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case RefId:
        return tr("Ref ID");
    case Mobile:
        return tr("Primary mobile");
    case Program:
        return tr("Program");
    case Status:
        return tr("Status");
    case Approved:
        return tr("Approved line");
    case Outstanding:
        return tr("Outstanding");
    case Dpd:
        return tr("DPD");
    case NpaClass:
        return tr("NPA class");
    case Created:
        return tr("Created");
    default:
        return QVariant();
    }
}

} // namespace Crego::Models
