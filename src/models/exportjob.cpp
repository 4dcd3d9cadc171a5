// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include <QFile>
#include <QThread>

namespace Crego::Models {

ExportJob::ExportJob(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{ }

ExportJob::~ExportJob()
{
    if (m_writer) {
        m_writer->wait();
    }
}

void ExportJob::writeOnThread(std::function<QString()> write, const QString& success)
{
    auto error = std::make_shared<QString>();
    m_writer = QThread::create([write = std::move(write), error] { *error = write(); });
    m_writer->setParent(this); // deleted with the job even if it goes before the thread's end is heard
    connect(m_writer, &QThread::finished, this, [this, error, success] {
        m_writer->deleteLater();
        m_writer = nullptr;
        if (m_cancelled) {
            if (error->isEmpty()) {
                QFile::remove(m_path); // it was cancelled: no file stays
            }
            finish(false, tr("Export cancelled; no file was written."));
        } else if (!error->isEmpty()) {
            finish(false, tr("Export failed: %1").arg(*error));
        } else {
            finish(true, success);
        }
    });
    m_writer->start();
}

void ExportJob::cancelWriting()
{
    m_cancelled = true;
    if (!m_writer) {
        finish(false, tr("Export cancelled; no file was written."));
    }
}

QString ExportJob::progressText(qint64 done, qint64 total) const
{
    return total > 0 ? tr("%1 of %2").arg(done).arg(total) : QString::number(done);
}

void ExportJob::finish(bool succeeded, const QString& message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(succeeded, message);
}

} // namespace Crego::Models
