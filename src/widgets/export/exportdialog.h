// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Crego::Models {
class ExportJob;
}

namespace Crego::Widgets {

//! Follows an export: rows written of the total, Cancel (nothing is left behind); at the end what happened,
//! with Open and Show in Folder.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    //! Takes \a run (started here) as a child.
    ExportDialog(Models::ExportJob* run, QWidget* parent = nullptr);

    //! Starts \a run in a dialog of \a parent's that deletes itself when closed.
    static ExportDialog* follow(Models::ExportJob* run, QWidget* parent);

    QString message() const;
    bool isFinished() const { return m_finished; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    Models::ExportJob* m_run;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_open;
    QPushButton* m_showFolder;
    QPushButton* m_close;
    bool m_finished = false;
};

} // namespace Crego::Widgets
