// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leadlistworkbook.h"
#include "leadquery.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace Crego::Api {
class CregoClient;
class LeadPager;
} // namespace Crego::Api

namespace Crego::Models {

//! Exports a lead query to a workbook: every page is fetched (as far as the server says the list goes)
//! and written on a thread of its own, so the window stays responsive; cancel() or a failure leaves no
//! file. progress() counts rows written against the server's total.
class LeadListExport final : public QObject
{
    Q_OBJECT

public:
    LeadListExport(Api::CregoClient* client, const Api::LeadQuery& query, const QStringList& columns,
        const Export::LeadListWorkbook::Description& description, const QString& path, QObject* parent = nullptr);
    ~LeadListExport() override;

    void start();
    void cancel();
    QString path() const { return m_path; }

    //! The lead list's column (LeadListModel::Column) as an export column key.
    static QString columnKey(int listColumn);

Q_SIGNALS:
    //! \a written rows are in the workbook, of \a total the server reported (-1 while unknown).
    void progress(qint64 written, qint64 total);
    //! The end: the file is in place (\a succeeded), or \a message says why there is none.
    void finished(bool succeeded, const QString& message);

private:
    void finish(bool succeeded, const QString& message);

    QString m_path;
    Api::LeadPager* m_pager;
    QThread* m_thread;
    QObject* m_writer; //!< lives on m_thread and owns the workbook
    Export::LeadListWorkbook* m_workbook = nullptr;
    qint64 m_total = -1;
    qint64 m_written = 0;
    bool m_done = false;
};

} // namespace Crego::Models
