// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lead.h"
#include "validationresult.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class CreateLeadDialog;
}

namespace Crego::Api {
class ApiCall;
class ApiError;
class Session;
} // namespace Crego::Api

namespace Crego::Models {
class ProgramCatalogue;
}

namespace Crego::Widgets {

//! New lead: program, primary mobile and the primary applicant, each field checked as it is typed (the
//! reason beside it, OK disabled until all are valid). A server refusal lands on the fields it names and
//! the form stays open with everything typed.
class CreateLeadDialog final : public QDialog
{
    Q_OBJECT

public:
    //! \a programs: the connection's programs; only one of them can be chosen (typing finds it by name).
    CreateLeadDialog(Api::Session* session, Models::ProgramCatalogue* programs, QWidget* parent = nullptr);
    ~CreateLeadDialog() override;

    //! The lead as the form describes it now.
    Core::Lead lead() const;

Q_SIGNALS:
    void leadCreated(const Crego::Core::Lead& lead);

private:
    void validate();
    //! The program list as the catalogue has it now, keeping what the user typed or chose.
    void fillPrograms();
    //! Why the program field cannot be used, or empty when it names a known program.
    QString programProblem() const;
    void submit();
    void showServerErrors(const Api::ApiError& error);
    void setFieldError(QLabel* label, const QString& reason);
    //! The error label for a server field path ("applicants[0].pan"), or nullptr.
    QLabel* labelForField(const QString& path) const;

    std::unique_ptr<Ui::CreateLeadDialog> m_ui;
    Api::Session* m_session;
    Models::ProgramCatalogue* m_programs;
    QPointer<Api::ApiCall> m_call;
};

} // namespace Crego::Widgets
