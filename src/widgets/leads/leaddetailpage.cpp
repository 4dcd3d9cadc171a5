// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaddetailpage.h"

#include "exportdialog.h"
#include "exportoptionsdialog.h"
#include "linereportdocument.h"
#include "linereportexport.h"

#include "ui_leaddetailpage.h"

#include "addressrules.h"
#include "borrowertokendialog.h"
#include "codetext.h"
#include "datetext.h"
#include "documentspanel.h"
#include "dpdbucket.h"
#include "filedialog.h"
#include "jsoncodec.h"
#include "messagebox.h"
#include "moneyformatter.h"
#include "recordformdialog.h"
#include "session.h"
#include "tablebehaviour.h"
#include "validators.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>

namespace Crego::Widgets {

using Part = Models::LeadDetailLoader::Part;
using State = Models::LeadDetailLoader::State;

LeadDetailPage::LeadDetailPage(Api::Session* session, const QString& leadId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LeadDetailPage>())
    , m_loader(new Models::LeadDetailLoader(session->client(), leadId, this))
    , m_session(session)
{
    m_ui->setupUi(this);
    m_documents = new DocumentsPanel(session, m_loader, this); // after the page's own: Tab reaches it last
    m_ui->factsLayout->setSpacing(20);
    m_ui->documentsLayout->addWidget(m_documents);
    for (QTableView* table : { m_ui->applicantsTable, m_ui->banksTable, m_ui->addressesTable }) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->applicantsTable->setModel(m_loader->applicants());
    m_ui->banksTable->setModel(m_loader->banks());
    m_ui->addressesTable->setModel(m_loader->addresses());
    auto* services = new QMenu(this);
    services->addAction(tr("Loan origination (LOS)"), this, [this] { sendToService(QStringLiteral("los")); });
    services->addAction(tr("Loan management (LMS)"), this, [this] { sendToService(QStringLiteral("lms")); });
    m_ui->sendButton->setMenu(services);
    auto* exports = new QMenu(this);
    exports->addAction(tr("Excel &Workbook…"), this, &LeadDetailPage::exportReport);
    exports->addAction(tr("&PDF…"), this, &LeadDetailPage::exportPdf);
    exports->addAction(tr("P&rint…"), this, &LeadDetailPage::printReport);
    m_ui->exportButton->setMenu(exports);
    connect(m_ui->windowButton, &QPushButton::clicked, this, &LeadDetailPage::detachRequested);
    connect(m_ui->tokenButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new BorrowerTokenDialog(m_loader, m_loader->lead().displayName(), this);
        dialog->open();
    });
    connect(m_loader, &Models::LeadDetailLoader::partChanged, this, &LeadDetailPage::showPart);
    connect(m_loader, &Models::LeadDetailLoader::sentToService, this,
        [this](const QString& service, const Api::ApiError& error) {
            if (error.isError()) {
                setServiceText(tr("Not sent to %1: %2").arg(service.toUpper(), error.message()));
            }
        });
    setUpRecordActions();
    TableBehaviour::mirror(m_ui->applicantsTable,
        { m_ui->editApplicantButton, m_ui->primaryApplicantButton, m_ui->applicantDocumentsButton,
            m_ui->deleteApplicantButton });
    TableBehaviour::mirror(m_ui->banksTable,
        { m_ui->editBankButton, m_ui->verifyBankButton, m_ui->bankDocumentsButton, m_ui->deleteBankButton });
    TableBehaviour::mirror(
        m_ui->addressesTable, { m_ui->editAddressButton, m_ui->copyAddressButton, m_ui->deleteAddressButton });
    TableBehaviour::applyToTablesOf(this); // Ctrl+C copies cells, Tab moves on, right-click offers row actions
    reload();
}

LeadDetailPage::~LeadDetailPage() = default;

void LeadDetailPage::setUpRecordActions()
{
    using Kind = Models::RecordKind;
    for (QLabel* message : { m_ui->applicantsMessage, m_ui->banksMessage, m_ui->addressesMessage }) {
        message->hide();
    }
    connect(m_ui->addApplicantButton, &QPushButton::clicked, this, [this] { openForm(Kind::Applicant); });
    connect(m_ui->addBankButton, &QPushButton::clicked, this, [this] { openForm(Kind::BankAccount); });
    connect(m_ui->editApplicantButton, &QPushButton::clicked, this,
        [this] { openForm(Kind::Applicant, selectedId(m_ui->applicantsTable)); });
    connect(m_ui->editBankButton, &QPushButton::clicked, this,
        [this] { openForm(Kind::BankAccount, selectedId(m_ui->banksTable)); });
    connect(m_ui->applicantsTable, &QTableView::activated, this,
        [this] { openForm(Kind::Applicant, selectedId(m_ui->applicantsTable)); });
    connect(m_ui->banksTable, &QTableView::activated, this,
        [this] { openForm(Kind::BankAccount, selectedId(m_ui->banksTable)); });
    connect(m_ui->deleteApplicantButton, &QPushButton::clicked, this, [this] { deleteSelected(Kind::Applicant); });
    connect(m_ui->deleteBankButton, &QPushButton::clicked, this, [this] { deleteSelected(Kind::BankAccount); });
    connect(
        m_documents, &DocumentsPanel::editRequested, this, [this](const QString& id) { openForm(Kind::Document, id); });
    connect(m_documents, &DocumentsPanel::actionStarted, this, [this] { m_lastMessage = nullptr; });
    connect(m_ui->applicantDocumentsButton, &QPushButton::clicked, this,
        [this] { showDocumentsOf(selectedId(m_ui->applicantsTable)); });
    connect(m_ui->bankDocumentsButton, &QPushButton::clicked, this,
        [this] { showDocumentsOf(selectedId(m_ui->banksTable)); });
    connect(m_ui->addAddressButton, &QPushButton::clicked, this, [this] { openForm(Kind::Address); });
    connect(m_ui->editAddressButton, &QPushButton::clicked, this,
        [this] { openForm(Kind::Address, selectedId(m_ui->addressesTable)); });
    connect(m_ui->addressesTable, &QTableView::activated, this,
        [this] { openForm(Kind::Address, selectedId(m_ui->addressesTable)); });
    connect(m_ui->copyAddressButton, &QPushButton::clicked, this,
        [this] { copyAddress(selectedId(m_ui->addressesTable)); });
    connect(m_ui->deleteAddressButton, &QPushButton::clicked, this, [this] { deleteSelected(Kind::Address); });
    connect(m_ui->primaryApplicantButton, &QPushButton::clicked, this, [this] {
        m_lastMessage = m_ui->applicantsMessage;
        m_loader->markPrimary(selectedId(m_ui->applicantsTable));
    });
    connect(m_ui->verifyBankButton, &QPushButton::clicked, this, [this] {
        const int row = m_loader->banks()->rowOf(selectedId(m_ui->banksTable));
        if (row < 0) {
            return;
        }
        const QString number = Core::Validators::maskAccountNumber(m_loader->banks()->record(row).accountNumber);
        if (MessageBox::question(this, tr("Verify Bank Account"),
                tr("Ask the bank to confirm account %1 with a penny drop? The lender may be charged for each "
                   "verification.")
                    .arg(number),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
            return;
        }
        m_lastMessage = m_ui->banksMessage;
        showActionResult(tr("Verifying %1…").arg(number), true);
        m_loader->verifyBank(selectedId(m_ui->banksTable));
    });
    connect(m_loader, &Models::LeadDetailLoader::actionFinished, this, &LeadDetailPage::showActionResult);
    for (QTableView* table : { m_ui->applicantsTable, m_ui->banksTable, m_ui->addressesTable }) {
        connect(
            table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeadDetailPage::showRecordActions);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &LeadDetailPage::showRecordActions);
    }
    showRecordActions();
}

QString LeadDetailPage::selectedId(const QTableView* table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Models::IdRole).toString();
}

void LeadDetailPage::showRecordActions()
{
    const bool applicant = !selectedId(m_ui->applicantsTable).isEmpty();
    const bool bank = !selectedId(m_ui->banksTable).isEmpty();
    for (QPushButton* button : { m_ui->editApplicantButton, m_ui->deleteApplicantButton, m_ui->primaryApplicantButton,
             m_ui->applicantDocumentsButton }) {
        button->setEnabled(applicant);
    }
    for (QPushButton* button :
        { m_ui->editBankButton, m_ui->deleteBankButton, m_ui->verifyBankButton, m_ui->bankDocumentsButton }) {
        button->setEnabled(bank);
    }
    const bool address = !selectedId(m_ui->addressesTable).isEmpty();
    for (QPushButton* button : { m_ui->editAddressButton, m_ui->copyAddressButton, m_ui->deleteAddressButton }) {
        button->setEnabled(address);
    }
    m_ui->addAddressButton->setEnabled(m_loader->applicants()->rowCount() > 0);
    m_ui->addBankButton->setEnabled(m_loader->applicants()->rowCount() > 0);
    m_ui->addBankButton->setToolTip(m_loader->applicants()->rowCount() > 0
            ? tr("Add a bank account of one of the applicants")
            : tr("Add an applicant first: every bank account belongs to one"));
    if (m_readOnlyReason.isEmpty()) {
        return;
    }
    for (QAbstractButton* button : editingButtons()) {
        button->setEnabled(false);
        button->setToolTip(m_readOnlyReason);
    }
}

QList<QAbstractButton*> LeadDetailPage::editingButtons() const
{
    return { m_ui->addApplicantButton, m_ui->editApplicantButton, m_ui->deleteApplicantButton,
        m_ui->primaryApplicantButton, m_ui->addBankButton, m_ui->editBankButton, m_ui->deleteBankButton,
        m_ui->verifyBankButton, m_ui->addAddressButton, m_ui->editAddressButton, m_ui->copyAddressButton,
        m_ui->deleteAddressButton, m_ui->sendButton, m_ui->tokenButton, m_ui->exportButton };
}

void LeadDetailPage::setReadOnlyReason(const QString& reason)
{
    if (reason == m_readOnlyReason) {
        return;
    }
    if (m_readOnlyReason.isEmpty()) {
        for (QAbstractButton* button : editingButtons()) {
            m_liveToolTips.insert(button, button->toolTip());
        }
    }
    m_readOnlyReason = reason;
    m_documents->setReadOnlyReason(reason);
    if (reason.isEmpty()) {
        for (QAbstractButton* button : editingButtons()) {
            button->setEnabled(true); // those that follow the selection are set again below
            button->setToolTip(m_liveToolTips.value(button));
        }
    }
    showRecordActions();
}

void LeadDetailPage::showDocumentsOf(const QString& relatedId)
{
    m_documents->showDocumentsOf(relatedId);
    m_ui->detailTabs->setCurrentWidget(m_ui->documentsPage);
}

void LeadDetailPage::showActionResult(const QString& message, bool succeeded)
{
    QLabel* label = m_lastMessage;
    if (!label) {
        return; // the documents tab shows its own outcomes
    }
    label->setText(message);
    label->setStyleSheet(succeeded ? QString() : QStringLiteral("color: #b3261e;"));
    label->setVisible(!message.isEmpty());
}

RecordFormDialog* LeadDetailPage::showForm(RecordFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordFormDialog::leadRequested, this, &LeadDetailPage::leadRequested);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
    dialog->show();
    return dialog;
}

QJsonObject LeadDetailPage::recordJson(Models::RecordKind kind, const QString& id) const
{
    const auto encoded = [&id](const auto* model) {
        const int row = model->rowOf(id);
        return row < 0 ? QJsonObject() : Core::JsonCodec::encode(model->record(row));
    };
    switch (kind) {
    case Models::RecordKind::Applicant:
        return encoded(m_loader->applicants());
    case Models::RecordKind::BankAccount:
        return encoded(m_loader->banks());
    case Models::RecordKind::Address:
        return encoded(m_loader->addresses());
    case Models::RecordKind::Document:
        return encoded(m_loader->documents());
    }
    return {};
}

RecordFormDialog* LeadDetailPage::openForm(Models::RecordKind kind, const QString& id)
{
    if (!m_readOnlyReason.isEmpty()) {
        return nullptr; // a double-click while offline: the disabled buttons say why
    }
    const QJsonObject original = id.isEmpty() ? QJsonObject() : recordJson(kind, id);
    if (!id.isEmpty() && original.isEmpty()) {
        return nullptr;
    }
    return showForm(new RecordFormDialog(m_session, m_loader, m_drafts, kind, original, this));
}

RecordFormDialog* LeadDetailPage::copyAddress(const QString& id)
{
    QJsonObject copy = recordJson(Models::RecordKind::Address, id);
    if (copy.isEmpty()) {
        return nullptr;
    }
    const QString from = copy.value(QStringLiteral("address_type")).toString();
    QStringList taken;
    for (const Core::Address& address : m_loader->addresses()->records()) {
        if (address.applicant == copy.value(QStringLiteral("applicant")).toString()) {
            taken.append(address.addressType);
        }
    }
    QString type;
    for (const QString& candidate : Core::AddressRules::addressTypes()) {
        if (type.isEmpty() && !taken.contains(candidate)) {
            type = candidate;
        }
    }
    for (const char* key : { "id", "created_at", "updated_at" }) {
        copy.remove(QLatin1String(key));
    }
    copy.insert(QStringLiteral("address_type"), type.isEmpty() ? from : type);
    auto* dialog = showForm(new RecordFormDialog(m_session, m_loader, m_drafts, Models::RecordKind::Address, {}, this));
    dialog->prefill(copy,
        tr("Copied from the %1 address: check it, then save.")
            .arg(Core::AddressRules::addressTypeName(from).toLower()));
    return dialog;
}

void LeadDetailPage::restoreDraft(const Models::Draft& draft)
{
    if (m_loader->state(Part::Applicants) == State::Loading) {
        // A bank account's form chooses among the applicants: wait for them.
        auto* connection = new QMetaObject::Connection;
        *connection
            = connect(m_loader, &Models::LeadDetailLoader::partChanged, this, [this, draft, connection](Part part) {
                  if (part == Part::Applicants && m_loader->state(part) != State::Loading) {
                      disconnect(*connection);
                      delete connection;
                      restoreDraft(draft);
                  }
              });
        return;
    }
    auto* dialog = new RecordFormDialog(m_session, m_loader, m_drafts, draft.kind, draft.original, this);
    dialog->restore(draft);
    showForm(dialog);
    Q_EMIT draftRestored(dialog);
}

bool LeadDetailPage::closeForms()
{
    for (RecordFormDialog* dialog : findChildren<RecordFormDialog*>()) {
        if (dialog->isVisible()) {
            dialog->reject(); // asks when there are unsaved changes
            if (dialog->isVisible()) {
                return false;
            }
        }
    }
    return true;
}

void LeadDetailPage::closeEvent(QCloseEvent* event)
{
    if (closeForms()) {
        event->accept();
    } else {
        event->ignore();
    }
}

void LeadDetailPage::deleteSelected(Models::RecordKind kind)
{
    if (kind == Models::RecordKind::Document) {
        m_documents->deleteSelected();
        return;
    }
    if (kind == Models::RecordKind::Address) {
        const QString id = selectedId(m_ui->addressesTable);
        const int row = m_loader->addresses()->rowOf(id);
        if (row < 0) {
            return;
        }
        m_lastMessage = m_ui->addressesMessage;
        const Core::Address& address = m_loader->addresses()->record(row);
        if (MessageBox::question(this, tr("Delete Address"),
                tr("Delete the %1 address %2?")
                    .arg(Core::AddressRules::addressTypeName(address.addressType).toLower(), address.singleLine()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes) {
            m_loader->deleteRecord(kind, id);
        }
        return;
    }
    const bool applicant = kind == Models::RecordKind::Applicant;
    const QString id = selectedId(applicant ? m_ui->applicantsTable : m_ui->banksTable);
    m_lastMessage = applicant ? m_ui->applicantsMessage : m_ui->banksMessage;
    QString question;
    if (applicant) {
        const Core::Applicant* record = m_loader->applicant(id);
        if (!record) {
            return;
        }
        if (record->isPrimary) {
            showActionResult(tr("%1 is the primary applicant and cannot be deleted; mark another applicant as "
                                "primary first.")
                                 .arg(record->name),
                false);
            return;
        }
        question = tr("Delete the applicant %1 from this lead, with their bank accounts, addresses and documents?")
                       .arg(record->name);
    } else {
        const int row = m_loader->banks()->rowOf(id);
        if (row < 0) {
            return;
        }
        const Core::BankAccount& bank = m_loader->banks()->record(row);
        question
            = tr("Delete the bank account %1 (%2) of %3?")
                  .arg(Core::Validators::maskAccountNumber(bank.accountNumber), bank.bankName, bank.accountHolderName);
    }
    if (MessageBox::question(this, applicant ? tr("Delete Applicant") : tr("Delete Bank Account"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes) {
        m_loader->deleteRecord(kind, id);
    }
}

void LeadDetailPage::reload()
{
    m_loader->reload();
}

void LeadDetailPage::sendToService(const QString& service)
{
    const Core::Lead& lead = m_loader->lead();
    const QString system
        = service == u"los" ? tr("the loan origination system (LOS)") : tr("the loan management system (LMS)");
    const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Send to Service"),
        tr("Send the lead “%1” (%2) to %3 through %4?\nThe service receives the lead as the server holds it now.")
            .arg(lead.displayName(), lead.refId, system, m_session->reportName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    setServiceText(tr("Sending to %1…").arg(service.toUpper()));
    m_loader->sendToService(service);
}

void LeadDetailPage::showPart(Part part)
{
    switch (part) {
    case Part::Lead:
        showLead();
        break;
    case Part::Programs:
        if (m_loader->state(part) == State::Loading) {
            m_ui->creditLineView->showLoading();
        } else if (m_loader->state(part) == State::Failed) {
            m_ui->creditLineView->showError(m_loader->errorMessage(part));
        } else {
            m_ui->creditLineView->setPrograms(m_loader->programs());
        }
        showLead(); // the overview's figures come from the programs once they are here
        break;
    case Part::Applicants:
        showTabState(part, m_ui->applicantsState, m_ui->applicantsTable, tr("No applicants yet."));
        break;
    case Part::Banks:
        showTabState(part, m_ui->banksState, m_ui->banksTable, tr("No bank accounts yet."));
        break;
    case Part::Documents:
        break; // the documents panel follows the loader itself
    case Part::Addresses:
        showTabState(part, m_ui->addressesState, m_ui->addressesTable, tr("No addresses yet."));
        break;
    case Part::ServiceAccounts:
        showServiceAccounts();
        break;
    case Part::PartCount:
        break;
    }
}

void LeadDetailPage::showTabState(Part part, QLabel* state, QTableView* table, const QString& empty)
{
    switch (m_loader->state(part)) {
    case State::Loading:
        state->setText(tr("Loading…"));
        state->show();
        return;
    case State::Failed:
        state->setText(tr("Could not load this list: %1").arg(m_loader->errorMessage(part)));
        state->show();
        return;
    case State::Loaded:
        break;
    }
    table->resizeColumnsToContents();
    QString text = table->model()->rowCount() == 0 ? empty : QString();
    if (const int unreadable = m_loader->unreadable(part); unreadable > 0) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + (unreadable == 1 ? tr("1 record could not be read and is left out.")
                               : tr("%1 records could not be read and are left out.").arg(unreadable));
    }
    state->setText(text);
    state->setVisible(!text.isEmpty());
}

void LeadDetailPage::showServiceAccounts()
{
    switch (m_loader->state(Part::ServiceAccounts)) {
    case State::Loading:
        return; // the label keeps what it said ("Sending to LOS…", or the last accounts)
    case State::Failed:
        setServiceText(tr("Service accounts unavailable: %1").arg(m_loader->errorMessage(Part::ServiceAccounts)));
        return;
    case State::Loaded:
        break;
    }
    QStringList accounts;
    for (const Core::ServiceAccount& account : m_loader->serviceAccounts()) {
        accounts.append(
            tr("%1 %2 (%3)")
                .arg(account.service.toUpper(), account.accountId, Core::CodeText::humanize(account.status)));
    }
    setServiceText(accounts.isEmpty() ? tr("Not sent to any service yet.")
                                      : tr("Service accounts: %1").arg(accounts.join(QStringLiteral(", "))));
}

void LeadDetailPage::showLead()
{
    switch (m_loader->state(Part::Lead)) {
    case State::Loading:
        m_ui->nameLabel->setText(tr("<h2>Loading…</h2>"));
        return;
    case State::Failed:
        m_ui->nameLabel->setText(tr("<h2>Lead not available</h2>"));
        m_ui->overviewLabel->setText(m_loader->errorMessage(Part::Lead));
        return;
    case State::Loaded:
        break;
    }
    const Core::Lead& lead = m_loader->lead();
    m_ui->nameLabel->setText(QStringLiteral("<h2>%1</h2>").arg(lead.displayName().toHtmlEscaped()));
    m_ui->refLabel->setText(tr("Ref %1").arg(lead.refId));
    m_ui->statusLabel->setText(tr("Status: %1").arg(Core::CodeText::humanize(lead.status)));
    m_ui->programLabel->setText(lead.lineSummary ? tr("Program: %1").arg(lead.lineSummary->programName) : QString());
    m_ui->mobileLabel->setText(tr("Mobile: %1").arg(Core::Validators::maskMobile(lead.primaryMobile)));
    m_ui->asOfLabel->setText(tr("as of %1").arg(Core::DateText::dateTime(lead.updatedAt)));
    const Core::Applicant* primary = lead.primaryApplicant();
    QString overview = QStringLiteral("<table cellpadding='4'>");
    const auto row = [&overview](const QString& label, const QString& value) {
        overview += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Primary applicant"), primary ? primary->name : tr("none marked"));
    row(tr("Applicants"), QString::number(lead.applicants.size()));
    // The lead's programs, once loaded, are the truth; until then the list's summary.
    const std::optional<Core::LineSummary> figures = m_loader->state(Part::Programs) == State::Loaded
        ? Core::LineSummary::fromPrograms(m_loader->programs())
        : lead.lineSummary;
    if (figures && figures->hasLine) {
        if (figures->lineCount > 1) {
            row(tr("Lines"), tr("%1 — amounts below are all lines together").arg(figures->lineCount));
        }
        row(tr("Approved line"), Core::MoneyFormatter::format(figures->approvedLineAmount));
        row(tr("Available"), Core::MoneyFormatter::format(figures->availableLineAmount));
        row(tr("Total outstanding"), Core::MoneyFormatter::format(figures->totalOutstanding));
        const Core::DpdBucket bucket = Core::DpdBucket::fromDays(figures->dpd);
        row(figures->lineCount > 1 ? tr("DPD (worst line)") : tr("DPD"),
            tr("%1 (%2)").arg(figures->dpd).arg(bucket.code()));
        row(figures->lineCount > 1 ? tr("NPA class (worst line)") : tr("NPA class"), figures->npaCategory);
    }
    row(tr("Created"), Core::DateText::date(lead.createdAt));
    overview += QStringLiteral("</table>");
    m_ui->overviewLabel->setText(overview);
    if (lead.displayName() != m_title) { // the overview is drawn again when the programs come; the title is not
        m_title = lead.displayName();
        Q_EMIT titleChanged(m_title);
    }
}

void LeadDetailPage::setServiceText(const QString& text)
{
    m_ui->serviceLabel->setText(text);
    m_ui->serviceLabel->setToolTip(text); // the whole text, where the row is too narrow for it
}

void LeadDetailPage::setInOwnWindow(bool inOwnWindow)
{
    m_ui->windowButton->setVisible(!inOwnWindow);
}

QString LeadDetailPage::reportFileName(const QString& extension) const
{
    const QString ref = m_loader->lead().refId;
    return tr("line-report-%1-%2.%3")
        .arg(ref.isEmpty() ? tr("lead") : ref, QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), extension);
}

ExportDialog* LeadDetailPage::exportReport()
{
    const Core::Lead& lead = m_loader->lead();
    ExportOptionsDialog options(tr("Export Line Report"),
        tr("The line report of %1: summary, programs, outstanding, dues, pricing, applicants, bank accounts, "
           "addresses and the list of documents, a sheet each.")
            .arg(lead.displayName().isEmpty() ? tr("this lead") : lead.displayName()),
        this);
    const QString full = QStringLiteral("fullAccountNumbers");
    options.addOption(full, tr("Include full &account numbers"),
        tr("Otherwise only their last four digits are written. The workbook's header says which."));
    options.confirmOption(full,
        tr("Full bank account numbers will be written into the workbook, and anyone who gets the file can read "
           "them. Include them?"));
    const std::optional<QStringList> chosen = options.ask();
    if (!chosen) {
        return nullptr;
    }
    const QString path = FileDialog::saveFileName(
        this, tr("Export Line Report"), reportFileName(QStringLiteral("xlsx")), FileDialog::Purpose::Export);
    if (path.isEmpty()) {
        return nullptr;
    }
    return ExportDialog::follow(
        new Models::LineReportExport(m_loader, m_session->reportName(), chosen->contains(full), path), this);
}

ExportDialog* LeadDetailPage::exportPdf()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export PDF"), reportFileName(QStringLiteral("pdf")), FileDialog::Purpose::Export);
    if (path.isEmpty()) {
        return nullptr;
    }
    auto* run = new Models::LineReportExport(m_loader, m_session->reportName(), false, path);
    run->setWriter([](const Export::LineReport& report, const QString& destination) {
        QString error;
        return LineReportDocument(report).writePdf(destination, &error) ? QString() : error;
    });
    return ExportDialog::follow(run, this);
}

void LeadDetailPage::printReport()
{
    bool loading = false;
    QString missing = Models::LineReportExport::missingPart(*m_loader, &loading);
    if (missing.isEmpty() && loading) {
        missing = tr("The lead is still loading; print it once everything shows.");
    }
    if (!missing.isEmpty()) {
        MessageBox::question(this, tr("Print"), missing, QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    QPrinter printer;
    printer.setDocName(tr("Line report — %1").arg(m_loader->lead().displayName()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    LineReportDocument(Models::LineReportExport::report(*m_loader, m_session->reportName(), false)).print(&printer);
}

} // namespace Crego::Widgets
