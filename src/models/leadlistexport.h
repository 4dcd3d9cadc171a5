// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "exportjob.h"
#include "leadlistworkbook.h"
#include "leadquery.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace Crego::Api {
class CregoClient;
class LeadPager;
} // namespace Crego::Api

namespace Crego::Models {

//! Exports a lead query to a workbook: every page is fetched (as far as the server says the list goes)
//! and written on a thread of its own, so the window stays responsive; cancel() or a failure leaves no
//! file. progress() counts rows written against the server's total.
class LeadListExport final : public ExportJob
{
    Q_OBJECT

public:
    LeadListExport(Api::CregoClient* client, const Api::LeadQuery& query, const QStringList& columns,
        const Export::LeadListWorkbook::Description& description, const QString& path, QObject* parent = nullptr);
    //! Exports exactly \a leads (a drill-down the list shows), without asking the server.
    LeadListExport(const QList<Core::Lead>& leads, const QStringList& columns,
        const Export::LeadListWorkbook::Description& description, const QString& path, QObject* parent = nullptr);
    ~LeadListExport() override;

    void start() override;
    void cancel() override;
    QString title() const override;
    //! "120 of 5000 leads".
    QString progressText(qint64 written, qint64 total) const override;

    //! The lead list's column (LeadListModel::Column) as an export column key.
    static QString columnKey(int listColumn);

private:
    void startWriter(const QStringList& columns, const Export::LeadListWorkbook::Description& description);
    void write(const QList<Core::Lead>& leads);
    void complete(const Api::ApiError& error);

    Api::LeadPager* m_pager = nullptr;
    QList<Core::Lead> m_leads; //!< the leads to write, when they are not fetched
    QThread* m_thread = nullptr;
    QObject* m_writer = nullptr; //!< lives on m_thread and owns the workbook
    Export::LeadListWorkbook* m_workbook = nullptr;
    qint64 m_total = -1;
    std::atomic<bool> m_cancelled = false;
    qint64 m_written = 0;
};

} // namespace Crego::Models
