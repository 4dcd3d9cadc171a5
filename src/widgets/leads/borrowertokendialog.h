// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BorrowerTokenDialog;
}

namespace Crego::Models {
class LeadDetailLoader;
}

namespace Crego::Widgets {

//! Issues a borrower token for one lead and shows it once: hidden until Show, Copy puts it on the
//! clipboard marked as a secret (clipboard managers skip it) and clears it a minute later if it is still
//! there, with its expiry. The token lives in this dialog only — never in settings, drafts or logs.
class BorrowerTokenDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int ClipboardClearMs = 60000;

    BorrowerTokenDialog(Models::LeadDetailLoader* loader, const QString& leadName, QWidget* parent = nullptr);
    ~BorrowerTokenDialog() override;

    //! The token shown (tests).
    QString token() const;

private:
    void copy();

    std::unique_ptr<Ui::BorrowerTokenDialog> m_ui;
};

} // namespace Crego::Widgets
