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
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

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
    cancelPageCalls();
    beginResetModel();
    m_leads.clear();
    m_cache.reset(0, 1);
    m_paging = Paging::Unknown;
    m_wantedPages.clear();
    m_aroundPage = 1;
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
    cancelPageCalls();
    beginResetModel();
    m_leads = leads;
    m_cache.reset(0, 1);
    m_paging = Paging::InOrder;
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
        if (m_paging == Paging::Unknown && pagesByNumber(leads.info)) {
            startAnywhere(leads);
            return;
        }
        m_paging = Paging::InOrder;
        // Before the rows go in: views react to the insertion by asking for more. Leads left out because
        // they could not be read still count as arrived.
        m_pages.pageArrived(leads.info, leads.items.size() + leads.skipped.size());
        m_unreadable += int(leads.skipped.size());
        if (!leads.items.isEmpty()) {
            const int first = int(m_leads.size());
            beginInsertRows(QModelIndex(), first, int(m_leads.size() + leads.items.size() - 1));
            m_leads.append(leads.items);
            endInsertRows();
            Q_EMIT rowsLoaded(first, int(m_leads.size()) - 1);
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

bool LeadListModel::pagesByNumber(const Core::PageInfo& info) const
{
    if (info.shape == Core::PageInfo::Shape::BareArray || info.totalCount <= 0 || info.pageSize <= 0) {
        return false;
    }
    if (info.nextUrl.isEmpty()) {
        return true; // page numbers (or everything on one page)
    }
    const QUrlQuery next(QUrl(info.nextUrl).query());
    return next.hasQueryItem(QStringLiteral("page")) && !next.hasQueryItem(QStringLiteral("cursor"));
}

void LeadListModel::startAnywhere(const Core::Page<Core::Lead>& first)
{
    m_paging = Paging::Anywhere;
    m_pages.stop(); // nothing to append: every row is there from now on
    const int rows = int(std::min<qint64>(first.info.totalCount, std::numeric_limits<int>::max()));
    beginInsertRows(QModelIndex(), 0, rows - 1);
    m_cache.reset(rows, first.info.pageSize);
    m_cache.store(1, first.items);
    endInsertRows();
    m_total = rows;
    m_unreadable = m_cache.unreadable();
    m_error = Api::ApiError();
    Q_EMIT totalCountChanged(m_total);
    const LeadPageCache::Rows loaded = m_cache.rowsOf(1);
    Q_EMIT rowsLoaded(loaded.first, loaded.last);
    setState(State::Loaded);
}

void LeadListModel::fetchRows(int first, int last)
{
    if (m_paging != Paging::Anywhere || !m_selection.isEmpty() || m_cache.rowCount() == 0) {
        return;
    }
    first = std::clamp(first, 0, m_cache.rowCount() - 1);
    last = std::clamp(last, first, m_cache.rowCount() - 1);
    m_aroundPage = m_cache.pageOf((first + last) / 2);
    m_wantedPages.clear(); // what the view showed before is no longer wanted
    for (int page = m_cache.pageOf(first); page <= m_cache.pageOf(last); ++page) {
        if (!m_cache.contains(page) && !m_cache.isFailed(page) && !m_pageCalls.contains(page)) {
            m_wantedPages.append(page);
        }
    }
    requestWantedPages();
}

void LeadListModel::requestWantedPages()
{
    while (m_pageCalls.size() < PagesInFlight && !m_wantedPages.isEmpty()) {
        fetchPage(m_wantedPages.takeFirst());
    }
}

void LeadListModel::fetchPage(int page)
{
    Api::LeadQuery query = m_query;
    query.page = page;
    m_pageCalls.insert(
        page, m_client->leads(query, this, [this, page](const Api::ApiResult<Core::Page<Core::Lead>>& result) {
            if (!result.ok() && result.error().band() == Api::ApiError::Band::Cancelled) {
                return; // a newer query, or a removal that moved the rows
            }
            m_pageCalls.remove(page);
            if (result.ok()) {
                pageArrived(page, result.value());
            } else if (page <= m_cache.pageCount()) {
                m_cache.markFailed(page);
                m_pageError = result.error();
                emitRowsChanged(m_cache.rowsOf(page));
            }
            requestWantedPages();
        }));
}

void LeadListModel::pageArrived(int page, const Core::Page<Core::Lead>& leads)
{
    if (leads.info.totalCount >= 0 && leads.info.totalCount != m_cache.rowCount()) {
        adoptCount(leads.info.totalCount);
    }
    if (page > m_cache.pageCount()) {
        return; // the list got shorter meanwhile
    }
    m_cache.store(page, leads.items);
    if (m_unreadable != m_cache.unreadable()) {
        m_unreadable = m_cache.unreadable();
        Q_EMIT totalCountChanged(m_total); // the count's text says how many could not be read
    }
    const LeadPageCache::Rows rows = m_cache.rowsOf(page);
    emitRowsChanged(rows);
    Q_EMIT rowsLoaded(rows.first, rows.last);
    for (const LeadPageCache::Rows& dropped : m_cache.dropFarFrom(m_aroundPage, KeptPages)) {
        emitRowsChanged(dropped);
    }
}

void LeadListModel::adoptCount(qint64 count)
{
    const int before = m_cache.rowCount();
    const int after = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    cancelPageCalls();
    if (after > before) {
        beginInsertRows(QModelIndex(), before, after - 1);
        m_cache.reset(after, m_cache.pageSize());
        endInsertRows();
    } else {
        beginRemoveRows(QModelIndex(), after, before - 1);
        m_cache.reset(after, m_cache.pageSize());
        endRemoveRows();
    }
    emitRowsChanged({ 0, after - 1 });
    m_total = after;
    Q_EMIT totalCountChanged(m_total);
    if (after == 0) {
        setState(State::Empty);
    }
}

void LeadListModel::cancelPageCalls(int fromPage)
{
    const QHash<int, QPointer<Api::ApiCall>> calls = m_pageCalls;
    for (auto call = calls.constBegin(); call != calls.constEnd(); ++call) {
        if (call.key() >= fromPage) {
            m_pageCalls.remove(call.key());
            if (call.value()) {
                call.value()->cancel();
            }
        }
    }
}

void LeadListModel::emitRowsChanged(const LeadPageCache::Rows& rows)
{
    if (rows.last >= rows.first) {
        Q_EMIT dataChanged(index(rows.first, 0), index(rows.last, ColumnCount - 1));
    }
}

int LeadListModel::keptPages() const
{
    if (m_paging == Paging::Anywhere) {
        return m_cache.keptPages();
    }
    const int pageSize = std::max(1, m_query.pageSize);
    return int((m_leads.size() + pageSize - 1) / pageSize);
}

const Core::Lead* LeadListModel::leadAt(int row) const
{
    if (m_paging == Paging::Anywhere) {
        return row >= 0 && row < m_cache.rowCount() ? m_cache.lead(row) : nullptr;
    }
    return row >= 0 && row < m_leads.size() ? &m_leads.at(row) : nullptr;
}

Core::Lead* LeadListModel::mutableLead(int row)
{
    if (m_paging == Paging::Anywhere) {
        return row >= 0 && row < m_cache.rowCount() ? m_cache.lead(row) : nullptr;
    }
    return row >= 0 && row < m_leads.size() ? &m_leads[row] : nullptr;
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
    if (m_paging == Paging::Anywhere) {
        return m_cache.rowOf(id);
    }
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
    if (m_paging == Paging::Anywhere) {
        // The rows after it move up one; pages on their way were asked for before it went.
        cancelPageCalls(m_cache.pageOf(row));
        const LeadPageCache::Rows stale = m_cache.removeRow(row);
        endRemoveRows();
        emitRowsChanged(stale);
    } else {
        m_leads.removeAt(row);
        endRemoveRows();
    }
    if (m_total > 0) {
        --m_total;
        Q_EMIT totalCountChanged(m_total);
    }
    if (rowCount() == 0) {
        setState(State::Empty);
    }
}

void LeadListModel::setRevealMobiles(bool reveal)
{
    m_revealMobiles = reveal;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Mobile), index(rowCount() - 1, Mobile), { Qt::DisplayRole });
    }
}

int LeadListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_paging == Paging::Anywhere ? m_cache.rowCount() : int(m_leads.size());
}

int LeadListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeadListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_paging == Paging::InOrder && m_pages.hasMore() && !m_call && m_selection.isEmpty();
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
    const Core::Lead* found = leadAt(index.row());
    if (!found) {
        return placeholderData(index.row(), index.column(), role);
    }
    const Core::Lead& lead = *found;
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

QVariant LeadListModel::placeholderData(int row, int column, int role) const
{
    const LeadPageCache::RowState state = m_cache.state(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column != Name) {
            return QVariant();
        }
        switch (state) {
        case LeadPageCache::RowState::Unreadable:
            return tr("(a lead that could not be read)");
        case LeadPageCache::RowState::Failed:
            return tr("Not loaded — press F5 to try again");
        default:
            return tr("Loading…");
        }
    case Qt::ToolTipRole:
        return state == LeadPageCache::RowState::Failed
            ? tr("These leads could not be loaded: %1").arg(m_pageError.message())
            : QVariant();
    case Qt::ForegroundRole:
        return QBrush(QColor(Qt::gray));
    default:
        return QVariant();
    }
}

void LeadListModel::fetchLines(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < rowCount(); ++row) {
        const Core::Lead* lead = leadAt(row);
        if (!lead || lead->lineSummary || m_lineRequested.contains(lead->id)) {
            continue;
        }
        const QString id = lead->id;
        m_lineRequested.insert(id);
        m_client->leadPrograms(id, this, [this, id](const Api::ApiResult<QList<Core::LeadProgram>>& result) {
            const int at = rowOf(id);
            Core::Lead* shown = mutableLead(at);
            if (!result.ok() || !shown) {
                return; // the cells keep showing "—"
            }
            shown->lineSummary = Core::LineSummary::fromPrograms(result.value());
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
