// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordform.h"

#include <memory>

namespace Ui {
class ApplicantForm;
}

namespace Crego::Widgets {

//! The applicant's fields (ui/records/applicantform.ui): entity type, name, relation, mobile, email, PAN,
//! date of birth, gender, GSTIN (businesses only), Aadhaar (last four digits only) and tags.
class ApplicantForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit ApplicantForm(QWidget* parent = nullptr);
    ~ApplicantForm() override;

    QJsonObject values() const override;
    void setValues(const QJsonObject& values) override;
    Core::FieldErrors check(QJsonObject& values) const override;
    QString title(const QJsonObject& original) const override;

private:
    //! GSTIN only for businesses; "Date of incorporation" for them instead of "Date of birth".
    void showEntityType();

    std::unique_ptr<Ui::ApplicantForm> m_ui;
};

} // namespace Crego::Widgets
