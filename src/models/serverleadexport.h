// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportjob.h"
#include "leadquery.h"

#include <QPointer>

namespace Crego::Api {
class ApiCall;
class CregoClient;
} // namespace Crego::Api

namespace Crego::Models {

//! "Server export": asks the server for its own workbook of a lead query (`download_excel`) and saves it
//! whole or not at all. Anything but a workbook (an error page, CSV) is refused with the reason.
class ServerLeadExport final : public ExportJob
{
    Q_OBJECT

public:
    ServerLeadExport(
        Api::CregoClient* client, const Api::LeadQuery& query, const QString& path, QObject* parent = nullptr);

    void start() override;
    void cancel() override;
    QString title() const override;
    QString progressText(qint64 received, qint64 total) const override;

    //! True when \a bytes look like an .xlsx workbook (a zip holding the workbook part).
    static bool isWorkbook(const QByteArray& bytes);

private:
    Api::CregoClient* m_client;
    Api::LeadQuery m_query;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Crego::Models
