// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadlistexport.h"

#include "leadlistmodel.h"
#include "leadpager.h"

#include <QThread>

namespace Crego::Models {

LeadListExport::LeadListExport(Api::CregoClient* client, const Api::LeadQuery& query, const QStringList& columns,
    const Export::LeadListWorkbook::Description& description, const QString& path, QObject* parent)
    : ExportJob(path, parent)
{
    Api::LeadQuery everything = query;
    everything.page = 1;
    everything.pageSize = 200;
    m_pager = new Api::LeadPager(client, everything, this);
    startWriter(columns, description);
    connect(m_pager, &Api::LeadPager::progress, this, [this](qint64, qint64 total) { m_total = total; });
    connect(m_pager, &Api::LeadPager::pageArrived, this, &LeadListExport::write);
    connect(m_pager, &Api::LeadPager::finished, this, &LeadListExport::complete);
}

LeadListExport::LeadListExport(const QList<Core::Lead>& leads, const QStringList& columns,
    const Export::LeadListWorkbook::Description& description, const QString& path, QObject* parent)
    : ExportJob(path, parent)
    , m_leads(leads)
    , m_total(leads.size())
{
    startWriter(columns, description);
}

void LeadListExport::startWriter(const QStringList& columns, const Export::LeadListWorkbook::Description& description)
{
    m_thread = new QThread(this);
    m_writer = new QObject;
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread->start();
    const QString destination = path();
    QMetaObject::invokeMethod(m_writer, [this, columns, description, destination] {
        m_workbook = new Export::LeadListWorkbook(destination, columns, description);
    });
}

void LeadListExport::write(const QList<Core::Lead>& leads)
{
    QMetaObject::invokeMethod(m_writer, [this, leads] {
        m_workbook->append(leads);
        const qint64 written = m_workbook->rowCount();
        QMetaObject::invokeMethod(this, [this, written] {
            m_written = written;
            Q_EMIT progress(m_written, m_total);
        });
    });
}

void LeadListExport::complete(const Api::ApiError& error)
{
    if (error.isError() || m_cancelled) {
        const QString message = error.band() == Api::ApiError::Band::Cancelled || m_cancelled
            ? tr("Export cancelled; no file was written.")
            : tr("Export failed: %1 No file was written.").arg(error.message());
        QMetaObject::invokeMethod(m_writer, [this, message] {
            delete m_workbook; // never committed: its temporary file goes with it
            m_workbook = nullptr;
            QMetaObject::invokeMethod(this, [this, message] { finish(false, message); });
        });
        return;
    }
    QMetaObject::invokeMethod(m_writer, [this] {
        if (m_cancelled) {
            delete m_workbook; // never committed: its temporary file goes with it
            m_workbook = nullptr;
            QMetaObject::invokeMethod(this, [this] { finish(false, tr("Export cancelled; no file was written.")); });
            return;
        }
        const bool committed = m_workbook->isOpen() && m_workbook->commit();
        const QString message = committed ? QString() : m_workbook->error();
        const qint64 rows = m_workbook->rowCount();
        QMetaObject::invokeMethod(this, [this, committed, message, rows] {
            finish(committed,
                committed ? (rows == 1 ? tr("Exported 1 lead.") : tr("Exported %1 leads.").arg(rows))
                          : tr("Export failed: %1").arg(message));
        });
    });
}

LeadListExport::~LeadListExport()
{
    // An export still running is abandoned: the workbook goes without a commit (no file).
    if (m_pager) {
        m_pager->disconnect(this);
    }
    QMetaObject::invokeMethod(
        m_writer,
        [this] {
            delete m_workbook; // committed already, or its temporary file goes with it
            m_workbook = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void LeadListExport::start()
{
    if (m_pager) {
        m_pager->start();
        return;
    }
    write(m_leads);
    complete(Api::ApiError());
}

void LeadListExport::cancel()
{
    if (m_pager) {
        m_pager->cancel();
    } else {
        m_cancelled = true; // the writer checks before it puts the file in place
    }
}

QString LeadListExport::title() const
{
    return tr("Export Leads");
}

QString LeadListExport::progressText(qint64 written, qint64 total) const
{
    return total >= 0 ? tr("%1 of %2 leads").arg(written).arg(total) : tr("%1 leads").arg(written);
}

QString LeadListExport::columnKey(int listColumn)
{
    switch (listColumn) {
    case LeadListModel::Name:
        return QStringLiteral("name");
    case LeadListModel::RefId:
        return QStringLiteral("ref_id");
    case LeadListModel::Mobile:
        return QStringLiteral("mobile");
    case LeadListModel::Program:
        return QStringLiteral("program");
    case LeadListModel::Status:
        return QStringLiteral("status");
    case LeadListModel::Approved:
        return QStringLiteral("approved_line");
    case LeadListModel::Outstanding:
        return QStringLiteral("outstanding");
    case LeadListModel::Dpd:
        return QStringLiteral("dpd");
    case LeadListModel::NpaClass:
        return QStringLiteral("npa_class");
    case LeadListModel::Created:
        return QStringLiteral("created");
    default:
        return QString();
    }
}

} // namespace Crego::Models
