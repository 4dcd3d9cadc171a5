// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;

namespace Crego::Models {

//! An export to a workbook (or another file) that runs off the UI thread: progress as it goes, cancel()
//! at any time, and one finished() at the end; a cancelled or failed export leaves no file.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(const QString& path, QObject* parent);
    //! Waits for a file being written to be finished.
    ~ExportJob() override;

    QString path() const { return m_path; }
    virtual void start() = 0;
    virtual void cancel() = 0;
    //! What is exported, for a window title ("Export Leads").
    virtual QString title() const = 0;
    //! How far it got, in words ("120 of 5000 leads").
    virtual QString progressText(qint64 done, qint64 total) const;

Q_SIGNALS:
    //! \a done of \a total steps (-1 while the total is unknown).
    void progress(qint64 done, qint64 total);
    //! The end: the file is in place (\a succeeded), or \a message says why there is none.
    void finished(bool succeeded, const QString& message);

protected:
    //! Emits finished() once, however often it is called.
    void finish(bool succeeded, const QString& message);
    bool isDone() const { return m_done; }
    //! Runs \a write (it returns an error, or "" once the file is in place) on a thread of its own, then
    //! finishes with \a success or the error; a cancel() in the meantime removes the written file.
    void writeOnThread(std::function<QString()> write, const QString& success);
    //! Cancels: finishes now when nothing is being written, else once the writing is over.
    void cancelWriting();

private:
    QString m_path;
    QThread* m_writer = nullptr;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace Crego::Models
