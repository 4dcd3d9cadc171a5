// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionDialog;
}

namespace Crego::Widgets {

//! Choose where to connect (the sandbox, Crego preprod, or a custom https address) and give the token.
//! "Test Connection" runs the health check and one authorised call and says in plain words what failed.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    //! \a sandbox: the built-in sandbox's profile, when one runs.
    ConnectionDialog(const std::optional<Api::ConnectionProfile>& sandbox, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    //! Why the dialog is shown ("Your session expired…"); empty for File → Connect….
    void setReason(const QString& reason);
    void setCurrent(const Api::ConnectionProfile& profile, const QString& token);
    //! The profile chosen, or nullopt when the address is not acceptable.
    std::optional<Api::ConnectionProfile> profile() const;
    QString token() const;

private:
    void updateFields();
    void testConnection();
    void done(int result) override;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    std::optional<Api::ConnectionProfile> m_sandbox;
};

} // namespace Crego::Widgets
