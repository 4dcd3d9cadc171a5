// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordformdialog.h"

#include "addressform.h"
#include "applicantform.h"
#include "bankaccountform.h"
#include "documentform.h"
#include "draftstore.h"
#include "leaddetailloader.h"
#include "messagebox.h"
#include "session.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Crego::Widgets {

namespace {

constexpr int DraftDelayMs = 400;

//! A new record sends only what was filled in.
QJsonObject withoutEmpty(const QJsonObject& values)
{
    QJsonObject filled;
    for (auto value = values.constBegin(); value != values.constEnd(); ++value) {
        if (!value->isNull() && *value != QJsonValue(QString()) && *value != QJsonValue(QJsonArray())) {
            filled.insert(value.key(), *value);
        }
    }
    return filled;
}

RecordForm* createForm(
    Models::RecordKind kind, Api::Session* session, Models::LeadDetailLoader* loader, QWidget* parent)
{
    switch (kind) {
    case Models::RecordKind::Applicant:
        return new ApplicantForm(parent);
    case Models::RecordKind::BankAccount:
        return new BankAccountForm(session, loader->applicants()->records(), parent);
    case Models::RecordKind::Address:
        return new AddressForm(session, loader->applicants()->records(), parent);
    case Models::RecordKind::Document:
        return new DocumentForm(loader->relatedRecords(), parent); // edits an uploaded document's details
    }
    return nullptr;
}

} // namespace

RecordFormDialog::RecordFormDialog(Api::Session* session, Models::LeadDetailLoader* loader, Models::DraftStore* drafts,
    Models::RecordKind kind, const QJsonObject& original, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(loader)
    , m_drafts(drafts)
    , m_editor(new Models::RecordEditor(session->client(), kind, original, this))
    , m_form(createForm(kind, session, loader, this))
    , m_message(new QLabel(this))
    , m_draftNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_duplicates(new QLabel(this))
    , m_finder(new Models::DuplicateFinder(session->client(), this))
{
    setObjectName(QStringLiteral("recordFormDialog"));
    setWindowTitle(m_form->title(original));
    const QString profile = session->profile() ? session->profile()->key() : QString();
    const QString record = m_editor->isNew()
        ? QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
        : m_editor->recordId();
    m_draftId = QStringList { profile, Models::recordKindKey(kind), record }.join(u'|');

    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_duplicates->setObjectName(QStringLiteral("duplicateNote"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::RichText);
    m_duplicates->hide();
    connect(m_duplicates, &QLabel::linkActivated, this,
        [this](const QString& link) { Q_EMIT leadRequested(link.section(u':', 1)); });
    m_draftNote->setObjectName(QStringLiteral("draftNote"));
    m_draftNote->setWordWrap(true);
    const auto showPersistence = [this](bool persistent) {
        m_draftNote->setText(persistent
                ? tr("Unsaved changes are kept as an encrypted draft until you save or discard them.")
                : tr("No keychain answered, so this form's draft is kept in memory only: if the app crashes, "
                     "unsaved changes are lost."));
    };
    showPersistence(m_drafts && m_drafts->isPersistent());
    if (m_drafts) {
        connect(m_drafts, &Models::DraftStore::persistenceChanged, this, showPersistence);
    }

    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_revertButton = m_buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    // Outside the button box, which shows every button it lays out.
    m_checkButton = new QPushButton(tr("Check the &List"), this);
    m_checkButton->setToolTip(tr("Load the lead's records again to see whether the server created this one"));
    m_checkButton->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_saveButton->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows as reasons appear under the fields
    layout->addWidget(m_message);
    layout->addWidget(m_checkButton, 0, Qt::AlignLeft);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(m_draftNote);
    layout->addWidget(m_buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &RecordFormDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &RecordFormDialog::revert);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        m_loader->reload();
        showMessage(tr("The lead's records are loading again behind this form. If the record is there now, "
                       "cancel this form; if not, save again."),
            false);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordFormDialog::reject);
    m_saveButton->setShortcut(QKeySequence::Save);
    connect(m_form, &RecordForm::edited, this, &RecordFormDialog::edited);
    connect(m_editor, &Models::RecordEditor::saved, this, &RecordFormDialog::saved);
    connect(m_editor, &Models::RecordEditor::failed, this, &RecordFormDialog::failed);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &RecordFormDialog::writeDraft);
    m_duplicateTimer.setSingleShot(true);
    m_duplicateTimer.setInterval(DraftDelayMs);
    connect(&m_duplicateTimer, &QTimer::timeout, this, &RecordFormDialog::checkDuplicates);
    connect(m_finder, &Models::DuplicateFinder::found, this, &RecordFormDialog::showDuplicates);

    QJsonObject start = original;
    if (m_editor->isNew() && kind == Models::RecordKind::Applicant) {
        start.insert(QStringLiteral("entity_type"), QStringLiteral("individual"));
    }
    m_form->setValues(start);
    validate();
    m_form->showErrors({}); // a fresh form is not scolded before the user types
}

RecordFormDialog::~RecordFormDialog() = default;

void RecordFormDialog::restore(const Models::Draft& draft)
{
    m_draftId = draft.id;
    m_form->setValues(draft.values);
    validate();
    showMessage(tr("Restored from a draft of %1. Check the fields, then save.")
                    .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
        false);
}

void RecordFormDialog::prefill(const QJsonObject& values, const QString& note)
{
    m_form->setValues(values);
    validate();
    showMessage(note, false);
    m_draftTimer.start();
}

bool RecordFormDialog::isDirty() const
{
    // Compared as a save would send them: normalised, without the form's own fields (a confirmation).
    QJsonObject values = m_form->values();
    m_form->check(values);
    return !m_editor->changes(values).isEmpty();
}

QString RecordFormDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void RecordFormDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QJsonObject RecordFormDialog::validate()
{
    QJsonObject values = m_form->values();
    Core::FieldErrors errors = m_form->check(values);
    // A server's objection stands until the user changes that field.
    for (auto error = m_serverErrors.cbegin(); error != m_serverErrors.cend(); ++error) {
        if (!errors.contains(error.key()) && values.value(error.key()) == m_sentValues.value(error.key())) {
            errors.insert(error.key(), error.value());
        }
    }
    const Core::FieldErrors elsewhere = m_form->showErrors(errors);
    if (!elsewhere.isEmpty()) {
        showMessage(QStringList(elsewhere.values()).join(u' '), true);
    }
    m_saveButton->setEnabled(errors.isEmpty() && isDirty() && !m_editor->isSaving());
    m_revertButton->setEnabled(isDirty());
    return errors.isEmpty() ? values : QJsonObject();
}

void RecordFormDialog::edited()
{
    validate();
    m_draftTimer.start();
    if (!duplicateKey().isEmpty() && duplicateKey() != m_checkedKey) {
        m_duplicateTimer.start();
    }
}

QString RecordFormDialog::duplicateNote() const
{
    return m_duplicates->isVisibleTo(this) ? m_duplicates->text() : QString();
}

QString RecordFormDialog::duplicateKey() const
{
    if (m_editor->kind() != Models::RecordKind::Applicant || !m_editor->isNew()) {
        return {};
    }
    QJsonObject values = m_form->values();
    const Core::FieldErrors errors = m_form->check(values);
    const QString pan
        = errors.contains(QStringLiteral("pan")) ? QString() : values.value(QStringLiteral("pan")).toString();
    const QString mobile
        = errors.contains(QStringLiteral("mobile")) ? QString() : values.value(QStringLiteral("mobile")).toString();
    return pan.isEmpty() && mobile.isEmpty() ? QString() : pan + u'|' + mobile;
}

void RecordFormDialog::checkDuplicates()
{
    const QString key = duplicateKey();
    if (!key.isEmpty()) {
        m_finder->find(key.section(u'|', 0, 0), key.section(u'|', 1));
    }
}

void RecordFormDialog::showDuplicates(const QList<Models::DuplicateFinder::Match>& matches, bool complete)
{
    m_checkedKey = duplicateKey();
    QStringList lines;
    for (const Models::DuplicateFinder::Match& match : matches) {
        const QString what = match.field == u"pan" ? tr("PAN %1").arg(match.value) : tr("Mobile %1").arg(match.value);
        lines.append(tr("%1 is already on lead <a href=\"lead:%2\">%3</a> (%4, applicant %5).")
                         .arg(what.toHtmlEscaped(), match.leadId.toHtmlEscaped(), match.leadRef.toHtmlEscaped(),
                             match.leadName.toHtmlEscaped(), match.applicantName.toHtmlEscaped()));
    }
    if (!lines.isEmpty()) {
        lines.append(tr("Open a lead to compare; you can still save this applicant."));
    }
    if (!complete) {
        lines.append(tr("Other leads could not be searched for this PAN and mobile just now."));
    }
    m_duplicates->setText(lines.join(QStringLiteral("<br>")));
    m_duplicates->setVisible(!lines.isEmpty());
    if (m_saveAfterCheck) {
        m_saveAfterCheck = false;
        if (matches.isEmpty()) { // nothing found (or the search failed, as the note says): go on
            save();
        } else {
            showMessage(tr("Not saved yet: look at the possible duplicates below, then save again to go on."), false);
            m_saveButton->setEnabled(true);
        }
    }
}

void RecordFormDialog::writeDraft()
{
    if (!m_drafts || !isDirty()) {
        return;
    }
    Models::Draft draft;
    draft.id = m_draftId;
    draft.profile = m_session->profile() ? m_session->profile()->key() : QString();
    draft.kind = m_editor->kind();
    draft.leadId = m_loader->leadId();
    draft.title = windowTitle();
    draft.original = m_editor->original();
    draft.values = m_form->values();
    m_drafts->save(draft);
}

void RecordFormDialog::revert()
{
    m_form->setValues(m_editor->original());
    validate();
    showMessage(QString(), false);
    if (m_drafts) {
        m_drafts->remove(m_draftId);
    }
}

void RecordFormDialog::save()
{
    if (m_editor->isSaving()) {
        return;
    }
    QJsonObject values = validate();
    if (values.isEmpty() || !m_saveButton->isEnabled()) {
        return;
    }
    if (!duplicateKey().isEmpty() && duplicateKey() != m_checkedKey) {
        // Before a create: is this PAN or mobile on a lead already?
        m_saveAfterCheck = true;
        m_saveButton->setEnabled(false);
        showMessage(tr("Looking for this PAN and mobile on other leads…"), false);
        checkDuplicates();
        return;
    }
    if (m_editor->isNew()) {
        if (m_editor->kind() == Models::RecordKind::Applicant) {
            values.insert(QStringLiteral("lead"), m_loader->leadId());
        }
        values = withoutEmpty(values);
    }
    m_sentValues = values;
    m_serverErrors.clear();
    writeDraft(); // a crash while the save is under way loses nothing
    m_saveButton->setEnabled(false);
    m_checkButton->hide();
    showMessage(tr("Saving…"), false);
    m_editor->save(values);
}

void RecordFormDialog::saved(const QJsonObject& record)
{
    m_loader->applySaved(m_editor->kind(), record);
    if (m_drafts) {
        m_drafts->remove(m_draftId);
    }
    m_draftTimer.stop();
    QDialog::accept();
}

void RecordFormDialog::failed(const Models::RecordEditor::Failure& failure)
{
    m_serverErrors = failure.fieldErrors;
    const Core::FieldErrors elsewhere = m_form->showErrors(failure.fieldErrors);
    QStringList text { failure.message };
    for (auto error = elsewhere.cbegin(); error != elsewhere.cend(); ++error) {
        text.append(error.key().isEmpty() ? error.value() : tr("%1: %2").arg(error.key(), error.value()));
    }
    showMessage(text.join(u' '), true);
    m_checkButton->setVisible(failure.createMayHaveLanded);
    const QString shown = m_message->text();
    validate(); // Save comes back once nothing stands against it (a server's field objection does)
    showMessage(shown, true);
}

void RecordFormDialog::reject()
{
    if (isDirty()) {
        const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them, or discard them?").arg(windowTitle()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
        if (answer != QMessageBox::Discard) {
            return;
        }
    }
    if (m_drafts) {
        m_drafts->remove(m_draftId);
    }
    m_draftTimer.stop();
    QDialog::reject();
}

void RecordFormDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
    reject();
}

} // namespace Crego::Widgets
