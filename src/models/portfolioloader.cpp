// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolioloader.h"

#include "portfolioentry.h"
#include "portfoliomodel.h"

#include "cregoclient.h"
#include "leadpager.h"
#include "logging.h"

namespace Crego::Models {

PortfolioLoader::PortfolioLoader(Api::CregoClient* client, PortfolioModel* portfolio, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_portfolio(portfolio)
{
    m_workers.setMaxThreadCount(1);
}

PortfolioLoader::~PortfolioLoader()
{
    ++m_generation;
    m_workers.waitForDone();
}

void PortfolioLoader::start(const Api::LeadQuery& filter)
{
    if (m_running) {
        cancel();
    }
    Api::LeadQuery query = filter;
    query.page = 1;
    query.pageSize = 200;
    query.ordering.clear();
    query.expandPrograms = true;
    m_portfolio->clear();
    m_waiting.clear();
    m_inFlight = 0;
    m_pagesBeingWorkedOut = 0;
    m_serverExpands.reset();
    m_pagesDone = false;
    m_running = true;
    m_loaded = 0;
    m_total = -1;
    m_fetches = new QObject(this);
    auto* pager = new Api::LeadPager(m_client, query, m_fetches);
    m_pager = pager;
    connect(pager, &Api::LeadPager::pageArrived, this, &PortfolioLoader::addPage);
    connect(pager, &Api::LeadPager::finished, this, &PortfolioLoader::pagesFinished);
    pager->start();
}

void PortfolioLoader::cancel()
{
    if (!m_running) {
        return;
    }
    finish(
        Api::ApiError(Api::ApiError::Band::Cancelled, 0, Api::ApiError::describe(Api::ApiError::Band::Cancelled, 0)));
}

void PortfolioLoader::finish(const Api::ApiError& error)
{
    m_running = false;
    ++m_generation;
    m_portfolio->publish();
    m_sincePublish.invalidate();
    m_waiting.clear();
    m_inFlight = 0;
    m_pagesBeingWorkedOut = 0;
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
    // Cancels every program look-up once control is back in the event loop (this may run inside one of
    // their callbacks); the generation check keeps any callback before that from counting.
    if (m_fetches) {
        m_fetches->deleteLater();
    }
    Q_EMIT finished(error);
}

void PortfolioLoader::addPage(const QList<Core::Lead>& leads)
{
    if (m_pager) {
        m_total = m_pager->total(); // known from the page that just arrived
    }
    if (leads.isEmpty()) {
        return;
    }
    if (!m_serverExpands) {
        m_serverExpands
            = std::any_of(leads.begin(), leads.end(), [](const Core::Lead& lead) { return !lead.programs.isEmpty(); });
        if (!*m_serverExpands) {
            qCInfo(lcModels) << "the server sent leads without their programs; fetching them lead by lead";
        }
    }
    if (*m_serverExpands) {
        workOut(leads);
        return;
    }
    m_waiting.append(leads);
    fetchWaitingPrograms();
}

void PortfolioLoader::workOut(const QList<Core::Lead>& leads)
{
    ++m_pagesBeingWorkedOut;
    const int generation = m_generation;
    m_workers.start([this, leads, generation] {
        QList<PortfolioEntry> entries = PortfolioEntry::fromLeads(leads);
        // Back on the loader's thread; the load may have been cancelled or restarted meanwhile (the
        // destructor waits for this task, so the loader is still there).
        QMetaObject::invokeMethod(
            this,
            [this, generation, entries = std::move(entries)] {
                if (generation != m_generation) {
                    return;
                }
                --m_pagesBeingWorkedOut;
                addToPortfolio(entries);
                finishWhenDone();
            },
            Qt::QueuedConnection);
    });
}

void PortfolioLoader::addToPortfolio(const QList<PortfolioEntry>& entries)
{
    // Views and charts redraw a few times a second, not once per page: redrawing four charts 500 times
    // would cost more than reading the pages.
    const bool due = !m_sincePublish.isValid() || m_sincePublish.elapsed() >= PublishIntervalMs;
    m_portfolio->addEntries(entries, due ? PortfolioModel::Publish::Now : PortfolioModel::Publish::Later);
    if (due) {
        m_sincePublish.start();
    }
    m_loaded += entries.size();
    Q_EMIT progress(m_loaded, m_total);
}

void PortfolioLoader::finishWhenDone()
{
    if (m_running && m_pagesDone && m_pagesBeingWorkedOut == 0 && m_inFlight == 0 && m_waiting.isEmpty()) {
        finish(Api::ApiError());
    }
}

void PortfolioLoader::fetchWaitingPrograms()
{
    while (m_running && m_inFlight < ProgramFetchesInFlight && !m_waiting.isEmpty()) {
        Core::Lead lead = m_waiting.takeFirst();
        ++m_inFlight;
        const QString id = lead.id;
        const int generation = m_generation;
        m_client->leadPrograms(id, m_fetches,
            [this, generation, lead = std::move(lead)](const Api::ApiResult<QList<Core::LeadProgram>>& result) mutable {
                if (generation != m_generation) {
                    return;
                }
                --m_inFlight;
                if (!result.ok()) {
                    finish(result.error());
                    return;
                }
                lead.programs = result.value();
                addToPortfolio({ PortfolioEntry::fromLead(lead, QDateTime::currentDateTimeUtc()) });
                fetchWaitingPrograms();
                finishWhenDone();
            });
    }
}

void PortfolioLoader::pagesFinished(const Api::ApiError& error)
{
    if (!m_running) {
        return;
    }
    if (error.isError()) {
        finish(error);
        return;
    }
    m_pagesDone = true;
    finishWhenDone();
}

} // namespace Crego::Models
