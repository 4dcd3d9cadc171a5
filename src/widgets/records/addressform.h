// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordform.h"

#include "applicant.h"

#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;

namespace Ui {
class AddressForm;
}

namespace Crego::Api {
class ApiCall;
class Session;
} // namespace Crego::Api

namespace Crego::Widgets {

//! An address's fields (ui/records/addressform.ui): whose, its type, two lines, landmark, pincode, post
//! office, city, district, state and country. As soon as six digits are typed, the server's pincode
//! details fill city, district and state — except what the user typed by hand, which stays — and offer
//! the pincode's post offices to choose from; an unknown pincode says so and leaves the rest to the user.
class AddressForm final : public RecordForm
{
    Q_OBJECT

public:
    AddressForm(Api::Session* session, const QList<Core::Applicant>& applicants, QWidget* parent = nullptr);
    ~AddressForm() override;

    QJsonObject values() const override;
    void setValues(const QJsonObject& values) override;
    Core::FieldErrors check(QJsonObject& values) const override;
    QString title(const QJsonObject& original) const override;

    //! Get City & State: asks the server about the pincode typed.
    void lookUpPincode();
    //! What the last look-up said ("Chennai, Tamil Nadu · 12 post offices", "unknown pincode").
    QString lookupText() const;

private:
    void pincodeEdited();

    std::unique_ptr<Ui::AddressForm> m_ui;
    Api::Session* m_session;
    QLabel* m_lookup;
    QPointer<Api::ApiCall> m_call;
    QString m_lookedUp; //!< the pincode whose details are shown
    QSet<QString> m_typed; //!< fields the user typed by hand: a look-up leaves them alone
};

} // namespace Crego::Widgets
