// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverleadexport.h"

#include "apicall.h"
#include "cregoclient.h"
#include "documentrules.h"

#include <QSaveFile>

namespace Crego::Models {

ServerLeadExport::ServerLeadExport(
    Api::CregoClient* client, const Api::LeadQuery& query, const QString& path, QObject* parent)
    : ExportJob(path, parent)
    , m_client(client)
    , m_query(query)
{ }

QString ServerLeadExport::title() const
{
    return tr("Server Export");
}

QString ServerLeadExport::progressText(qint64 received, qint64) const
{
    return tr("Waiting for the server's file… %1 received").arg(Core::DocumentRules::sizeText(received));
}

bool ServerLeadExport::isWorkbook(const QByteArray& bytes)
{
    // A zip starts with a local header and ends with its directory's end record (within the last 64 KiB,
    // the longest comment); a cut body has no end record.
    const qsizetype end = bytes.lastIndexOf("PK\x05\x06");
    return bytes.startsWith("PK\x03\x04") && end >= 0 && end >= bytes.size() - 65557
        && bytes.contains("xl/workbook.xml");
}

void ServerLeadExport::start()
{
    Q_EMIT progress(0, -1);
    m_call = m_client->downloadExcel(m_query, this, [this](const Api::ApiResult<QByteArray>& result) {
        if (!result.ok()) {
            finish(false,
                result.error().band() == Api::ApiError::Band::Cancelled
                    ? tr("Export cancelled; no file was written.")
                    : tr("The server could not export the leads: %1 No file was written.")
                          .arg(result.error().message()));
            return;
        }
        const QByteArray& bytes = result.value();
        if (!isWorkbook(bytes)) {
            finish(false,
                tr("The server sent something other than an Excel workbook; no file was written. Export "
                   "without “Server export” to have Crego Desk write the workbook."));
            return;
        }
        QSaveFile file(path());
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            finish(false, tr("Export failed: %1 could not be written (%2).").arg(path(), file.errorString()));
            return;
        }
        finish(true, tr("Saved the server's export (%1).").arg(Core::DocumentRules::sizeText(bytes.size())));
    });
    if (m_call) {
        connect(m_call, &Api::ApiCall::downloadProgress, this,
            [this](qint64 received, qint64 total) { Q_EMIT progress(received, total); });
    }
}

void ServerLeadExport::cancel()
{
    if (m_call) {
        m_call->cancel();
    } else {
        finish(false, tr("Export cancelled; no file was written."));
    }
}

} // namespace Crego::Models
