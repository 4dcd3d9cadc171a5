// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailpage.h"

#include "ui_leaddetailpage.h"

#include "cregoclient.h"
#include "dpdbucket.h"
#include "leadrecordmodels.h"
#include "moneyformatter.h"
#include "validators.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace Crego::Widgets {

using Models::LeadRecordModels;

LeadDetailPage::LeadDetailPage(Api::CregoClient* client, const QString& leadId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LeadDetailPage>())
    , m_client(client)
    , m_leadId(leadId)
{
    m_ui->setupUi(this);
    m_ui->nameLabel->setText(tr("<h2>Loading…</h2>"));
    m_ui->factsLayout->setSpacing(20);
    for (QTableView* table : { m_ui->applicantsTable, m_ui->banksTable, m_ui->documentsTable, m_ui->addressesTable }) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->applicantsTable->setModel(LeadRecordModels::applicants(this));
    m_ui->banksTable->setModel(LeadRecordModels::banks(this));
    m_ui->documentsTable->setModel(LeadRecordModels::documents(this));
    m_ui->addressesTable->setModel(LeadRecordModels::addresses(this));
    auto* services = new QMenu(this);
    services->addAction(tr("Loan origination (LOS)"), this, [this] { sendToService(QStringLiteral("los")); });
    services->addAction(tr("Loan management (LMS)"), this, [this] { sendToService(QStringLiteral("lms")); });
    m_ui->sendButton->setMenu(services);
    connect(m_ui->windowButton, &QPushButton::clicked, this, &LeadDetailPage::detachRequested);
    reload();
}

LeadDetailPage::~LeadDetailPage() = default;

template<typename Record, typename Model>
auto LeadDetailPage::tabLoader(QLabel* state, QTableView* table, Model* model, const QString& empty)
{
    state->setText(tr("Loading…"));
    state->show();
    return [state, table, model, empty](const Api::ApiResult<QList<Record>>& result) {
        if (!result.ok()) {
            state->setText(tr("Could not load this list: %1").arg(result.error().message()));
            return;
        }
        model->setRecords(result.value());
        table->resizeColumnsToContents();
        state->setText(result.value().isEmpty() ? empty : QString());
        state->setVisible(result.value().isEmpty());
    };
}

void LeadDetailPage::loadServiceAccounts()
{
    m_client->serviceAccounts(m_leadId, this, [this](const Api::ApiResult<QList<Core::ServiceAccount>>& result) {
        if (!result.ok()) {
            m_ui->serviceLabel->setText(tr("Service accounts unavailable: %1").arg(result.error().message()));
            return;
        }
        QStringList accounts;
        for (const Core::ServiceAccount& account : result.value()) {
            accounts.append(
                tr("%1 %2 (%3)")
                    .arg(account.service.toUpper(), account.accountId, LeadRecordModels::humanize(account.status)));
        }
        m_ui->serviceLabel->setText(accounts.isEmpty()
                ? tr("Not sent to any service yet.")
                : tr("Service accounts: %1").arg(accounts.join(QStringLiteral(", "))));
    });
}

void LeadDetailPage::sendToService(const QString& service)
{
    m_ui->serviceLabel->setText(tr("Sending to %1…").arg(service.toUpper()));
    m_client->sendToService(
        m_leadId, service, this, [this, service](const Api::ApiResult<Core::ServiceAccount>& result) {
            if (!result.ok()) {
                m_ui->serviceLabel->setText(tr("Not sent to %1: %2").arg(service.toUpper(), result.error().message()));
                return;
            }
            loadServiceAccounts();
        });
}

void LeadDetailPage::reload()
{
    loadServiceAccounts();
    // Six independent requests, all in flight at once.
    m_client->lead(m_leadId, this, [this](const Api::ApiResult<Core::Lead>& result) {
        if (result.ok()) {
            showLead(result.value());
        } else {
            m_ui->nameLabel->setText(tr("<h2>Lead not available</h2>"));
            m_ui->overviewLabel->setText(result.error().message());
        }
    });
    m_ui->creditLineView->showLoading();
    m_client->leadPrograms(m_leadId, this, [this](const Api::ApiResult<QList<Core::LeadProgram>>& result) {
        if (result.ok()) {
            m_ui->creditLineView->setPrograms(result.value());
        } else {
            m_ui->creditLineView->showError(result.error().message());
        }
    });
    using Models::RecordTableModel;
    m_client->applicantsOfLead(m_leadId, this,
        tabLoader<Core::Applicant>(m_ui->applicantsState, m_ui->applicantsTable,
            static_cast<RecordTableModel<Core::Applicant>*>(m_ui->applicantsTable->model()), tr("No applicants yet.")));
    m_client->banksOfLead(m_leadId, this,
        tabLoader<Core::BankAccount>(m_ui->banksState, m_ui->banksTable,
            static_cast<RecordTableModel<Core::BankAccount>*>(m_ui->banksTable->model()), tr("No bank accounts yet.")));
    m_client->documentsOfLead(m_leadId, this,
        tabLoader<Core::Document>(m_ui->documentsState, m_ui->documentsTable,
            static_cast<RecordTableModel<Core::Document>*>(m_ui->documentsTable->model()), tr("No documents yet.")));
    m_client->addressesOfLead(m_leadId, this,
        tabLoader<Core::Address>(m_ui->addressesState, m_ui->addressesTable,
            static_cast<RecordTableModel<Core::Address>*>(m_ui->addressesTable->model()), tr("No addresses yet.")));
}

void LeadDetailPage::showLead(const Core::Lead& lead)
{
    m_ui->nameLabel->setText(QStringLiteral("<h2>%1</h2>").arg(lead.displayName().toHtmlEscaped()));
    m_ui->refLabel->setText(tr("Ref %1").arg(lead.refId));
    m_ui->statusLabel->setText(tr("Status: %1").arg(LeadRecordModels::humanize(lead.status)));
    m_ui->programLabel->setText(lead.lineSummary ? tr("Program: %1").arg(lead.lineSummary->programName) : QString());
    m_ui->mobileLabel->setText(tr("Mobile: %1").arg(Core::Validators::maskMobile(lead.primaryMobile)));
    m_ui->asOfLabel->setText(tr("as of %1").arg(LeadRecordModels::dateTime(lead.updatedAt)));
    const Core::Applicant* primary = lead.primaryApplicant();
    QString overview = QStringLiteral("<table cellpadding='4'>");
    const auto row = [&overview](const QString& label, const QString& value) {
        overview += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Primary applicant"), primary ? primary->name : tr("none marked"));
    row(tr("Applicants"), QString::number(lead.applicants.size()));
    if (lead.lineSummary) {
        row(tr("Approved line"), Core::MoneyFormatter::format(lead.lineSummary->approvedLineAmount));
        row(tr("Available"), Core::MoneyFormatter::format(lead.lineSummary->availableLineAmount));
        row(tr("Total outstanding"), Core::MoneyFormatter::format(lead.lineSummary->totalOutstanding));
        const Core::DpdBucket bucket = Core::DpdBucket::fromDays(lead.lineSummary->dpd);
        row(tr("DPD"), tr("%1 (%2)").arg(lead.lineSummary->dpd).arg(bucket.code()));
        row(tr("NPA class"), lead.lineSummary->npaCategory);
    }
    row(tr("Created"), QLocale().toString(lead.createdAt.toUtc().toLocalTime(), QStringLiteral("d MMM yyyy")));
    overview += QStringLiteral("</table>");
    m_ui->overviewLabel->setText(overview);
    Q_EMIT titleChanged(lead.displayName());
}

} // namespace Crego::Widgets
