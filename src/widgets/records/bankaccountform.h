// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordform.h"

#include "applicant.h"

#include <QPointer>

#include <memory>

namespace Ui {
class BankAccountForm;
}

namespace Crego::Api {
class ApiCall;
class Session;
} // namespace Crego::Api

namespace Crego::Widgets {

//! A bank account's fields (ui/records/bankaccountform.ui): whose account, holder, the number typed twice,
//! type, IFSC — checked offline against the IFSC directory as typed; once valid, the server's IFSC details
//! fill bank, branch and place (unless the user typed them) — bank and branch.
class BankAccountForm final : public RecordForm
{
    Q_OBJECT

public:
    BankAccountForm(Api::Session* session, const QList<Core::Applicant>& applicants, QWidget* parent = nullptr);
    ~BankAccountForm() override;

    QJsonObject values() const override;
    void setValues(const QJsonObject& values) override;
    Core::FieldErrors check(QJsonObject& values) const override;
    QString title(const QJsonObject& original) const override;

    //! Get IFSC Details: asks the server about the IFSC typed.
    void lookUpIfsc();

private:
    void ifscEdited();

    std::unique_ptr<Ui::BankAccountForm> m_ui;
    Api::Session* m_session;
    QPointer<Api::ApiCall> m_lookup;
    QString m_lookedUp; //!< the IFSC whose details are shown
    bool m_bankTyped = false; //!< the user typed bank or branch: a look-up leaves them alone
};

} // namespace Crego::Widgets
