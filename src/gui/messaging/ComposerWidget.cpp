// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "messaging/ComposerWidget.h"

#include "ui_ComposerWidget.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>

#include <utility>

#include "messaging/ComposerStatusText.h"
#include "messaging/DraftStore.h"
#include "messaging/MessageSendJob.h"
#include "messaging/RecipientChecker.h"
#include "messaging/RecipientParser.h"
#include "messaging/RecipientsModel.h"
#include "session/RequestScope.h"
#include "session/ServerSession.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/PlainText.h"

namespace {
constexpr int MaxNamesInQuestion = 8;

QString nameList(const QStringList& names)
{
    if (names.size() <= MaxNamesInQuestion)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate(
        "ComposerWidget", "%1 and %n more", nullptr, int(names.size()) - MaxNamesInQuestion)
        .arg(names.mid(0, MaxNamesInQuestion).join(QStringLiteral(", ")));
}
} // namespace

ComposerWidget::ComposerWidget(ServerSession* session, const QString& draftName, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposerWidget>())
    , m_session(session)
    , m_banner(banner)
    , m_model(new RecipientsModel(this))
    , m_checker(new RecipientChecker(nullptr, this))
    , m_draft(new DraftStore(draftName, this))
    , m_groupsScope(new RequestScope(this))
{
    setUpWidgets();
    connectControls();
    connectModel();
    connectCheckerAndDraft();
    if (session)
        connectSession(session);
    restoreDraft();
    if (session && session->state() == ServerSession::State::Connected)
        sessionConnected();
    updateSummary();
    updateState();
}

void ComposerWidget::setUpWidgets()
{
    m_ui->setupUi(this);
    m_ui->optionsWidget->placeInTabOrder(m_ui->messageEdit, m_ui->sendButton);
    m_ui->recipientsView->setModel(m_model);
    PlainText::protectViews(this);
    QHeaderView* header = m_ui->recipientsView->horizontalHeader();
    header->setSectionResizeMode(RecipientsModel::RecipientColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RecipientsModel::AccountColumn, QHeaderView::ResizeToContents);
    header->resizeSection(RecipientsModel::RecipientColumn, 240);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->prefixNote->setText(tr("Recipients see the message from the server's own address. The server may put a "
                                 "prefix before your text (its admin_rest_message_prefix and "
                                 "admin_rest_multicast_prefix options)."));
    m_ui->prefixNote->setEnabled(false); // a quiet, secondary note
    m_ui->routeNote->hide();
    m_ui->cancelButton->hide();
    m_ui->retryButton->hide();
    // Enter in the recipients field adds what was typed; it must not also press a dialog's
    // default button (ComposerDialog), so none of these buttons is an auto-default one.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    m_ui->retryButton->setToolTip(tr("Sends the message as it was sent, again, to the recipients it did not reach."));
}

void ComposerWidget::connectControls()
{
    connect(m_ui->recipientEdit, &QLineEdit::returnPressed, this, [this] { addFromText(m_ui->recipientEdit->text()); });
    connect(m_ui->recipientEdit, &QLineEdit::textEdited, m_ui->recipientHint, &InputHintLabel::clearHint);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addFromText(m_ui->recipientEdit->text()); });
    connect(m_ui->pasteButton, &QPushButton::clicked, this, [this] {
        const QString clip = QGuiApplication::clipboard()->text();
        if (clip.trimmed().isEmpty()) {
            m_ui->recipientHint->showError(tr("The clipboard holds no text. Copy a list of user names or JIDs first."));
            return;
        }
        addFromText(clip);
    });
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &ComposerWidget::addGroupMembers);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ComposerWidget::removeSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] { m_model->removeAll(); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerWidget::send);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ComposerWidget::retryFailed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ComposerWidget::cancelSending);
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->messageEdit);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ComposerWidget::send);
}

void ComposerWidget::connectModel()
{
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        saveDraft();
        updateState();
    });
    connect(m_ui->recipientsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ComposerWidget::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            saveDraft();
            updateSummary();
            updateState();
        });
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        saveDraft();
        updateSummary();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComposerWidget::updateSummary);
}

void ComposerWidget::connectCheckerAndDraft()
{
    connect(m_checker, &RecipientChecker::checked, this,
        [this](const QString& address, RecipientChecker::Existence existence, bool online, const ApiError& error) {
            m_model->setExistence(address, existence, online, ComposerStatusText::problemFor(address, error));
        });
    connect(m_checker, &RecipientChecker::idle, this, [this] {
        if (m_sendWhenChecked) {
            m_sendWhenChecked = false;
            send();
        }
    });
    connect(m_draft, &DraftStore::saveFailed, this, [this](const QString& problem) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Type::Warning,
                problem + QLatin1Char(' ') + tr("The draft is kept only while the console is open."));
    });
}

void ComposerWidget::connectSession(ServerSession* session)
{
    connect(session, &ServerSession::connected, this, &ComposerWidget::sessionConnected);
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Disconnected || state == ServerSession::State::Connecting)
            sessionDisconnected();
    });
    connect(session, &ServerSession::readOnlyChanged, this, &ComposerWidget::updateState);
}

// What was being written when the console last closed.
void ComposerWidget::restoreDraft()
{
    const DraftStore::Draft draft = m_draft->draft();
    m_restoring = true;
    m_ui->messageEdit->setPlainText(draft.text);
    m_model->addRecipients(draft.recipients);
    m_restoring = false;
}

ComposerWidget::~ComposerWidget()
{
    // Whatever is in the editor now is the draft.
    saveDraft();
}

void ComposerWidget::setRecipients(const QStringList& users)
{
    if (isSending())
        return;
    m_model->removeAll();
    addRecipients(users);
}

void ComposerWidget::addRecipients(const QStringList& users)
{
    addFromText(users.join(QLatin1Char('\n')));
}

void ComposerWidget::focusMessage()
{
    m_ui->messageEdit->setFocus();
}

QString ComposerWidget::messageText() const
{
    return m_ui->messageEdit->toPlainText();
}

void ComposerWidget::setMessageText(const QString& text)
{
    m_ui->messageEdit->setPlainText(text);
}

MessageSendJob* ComposerWidget::job() const
{
    return m_job;
}

bool ComposerWidget::isSending() const
{
    return m_job && m_job->isRunning();
}

void ComposerWidget::sessionConnected()
{
    if (!m_session || !m_session->hasServer())
        return;
    m_checker->setSession(m_session);
    m_model->setDomain(m_session->domain());
    const Capabilities& caps = m_session->capabilities();
    m_ui->optionsWidget->setPreview(
        BroadcastTarget::of(m_session), [this] { return messageText(); }, m_banner);
    m_ui->optionsWidget->setStyleAvailable(!caps.probed || caps.messageStyle);
    if (caps.probed && !caps.multicast) {
        m_ui->routeNote->setText(tr("This server has no multicast route (a bug of the published module): the "
                                    "message goes out as one request per recipient, a few at a time."));
        m_ui->routeNote->show();
    } else {
        m_ui->routeNote->hide();
    }
    refreshWhenShown();
    updateState();
}

void ComposerWidget::sessionDisconnected()
{
    m_groupsScope->reset();
    m_checker->cancel();
    m_sendWhenChecked = false;
    m_refreshWaiting = false;
    if (isSending())
        m_job->cancel();
    for (const QString& address : m_model->addressesWith(RecipientChecker::Existence::Checking))
        m_model->setExistence(address, RecipientChecker::Existence::Unchecked, false);
    m_ui->groupCombo->clear();
    updateState();
}

void ComposerWidget::refreshWhenShown()
{
    m_refreshWaiting = !isVisible();
    if (!m_refreshWaiting)
        refresh();
}

void ComposerWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_refreshWaiting, false))
        refresh();
}

void ComposerWidget::refresh()
{
    if (!m_session || m_session->state() != ServerSession::State::Connected)
        return;
    // Checked rows keep showing what is known while they are checked again (no flicker on every
    // auto-refresh); rows never checked say they are being checked.
    m_model->setChecking(m_model->addressesWith(RecipientChecker::Existence::Unchecked));
    m_checker->check(m_model->addresses());
    loadGroups();
}

void ComposerWidget::addFromText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_ui->recipientHint->showError(tr("Type a user name or JID first, e.g. alice or bob@example.org."));
        m_ui->recipientEdit->setFocus();
        return;
    }
    const RecipientParser::Result parsed = RecipientParser::parse(text, m_model->domain());
    const int before = m_model->rowCount();
    addJids(parsed.jids);
    const int added = m_model->rowCount() - before;
    const int alreadyListed = int(parsed.jids.size()) - added + parsed.duplicates;
    if (!parsed.rejected.isEmpty()) {
        // What could not be used stays in the field, to be corrected.
        m_ui->recipientEdit->setText(parsed.rejected.join(QStringLiteral(", ")));
        m_ui->recipientHint->showError(
            parsed.problem + QLatin1Char(' ') + tr("Correct it and press Enter, or clear the field."));
        m_ui->recipientEdit->setFocus();
        return;
    }
    m_ui->recipientEdit->clear();
    if (added == 0 && alreadyListed > 0)
        m_ui->recipientHint->showNote(tr("%n already listed: not added again.", nullptr, alreadyListed));
    else if (alreadyListed > 0)
        m_ui->recipientHint->showNote(tr("Added %n recipient(s);", nullptr, added) + QLatin1Char(' ')
            + tr("%n duplicate(s) skipped.", nullptr, alreadyListed));
    else
        m_ui->recipientHint->clearHint();
}

void ComposerWidget::addJids(const QStringList& jids)
{
    checkRecipients(m_model->addRecipients(jids));
}

void ComposerWidget::checkRecipients(const QStringList& addresses)
{
    if (addresses.isEmpty() || !m_session || m_session->state() != ServerSession::State::Connected)
        return;
    m_model->setChecking(addresses);
    m_checker->check(addresses);
}

void ComposerWidget::loadGroups()
{
    const Capabilities& caps = m_session->capabilities();
    m_ui->groupCombo->clear();
    if (!caps.groupListing) {
        const QString why = caps.groups
            ? tr("This server cannot list groups or their members: that needs the console's own admin_rest module.")
            : tr("This server has no groups.");
        m_ui->groupCombo->addItem(tr("Groups unavailable"));
        for (QWidget* widget : {static_cast<QWidget*>(m_ui->groupCombo), static_cast<QWidget*>(m_ui->addGroupButton)}) {
            widget->setEnabled(false);
            widget->setToolTip(why);
        }
        return;
    }
    m_ui->groupCombo->setToolTip(tr("Add the members of a group as recipients."));
    m_ui->addGroupButton->setToolTip(tr("Add the members of the chosen group as recipients."));
    m_groupsScope->reset();
    auto* reply = m_session->groups();
    m_groupsScope->onFinished(reply, [this, reply] {
        m_ui->groupCombo->clear();
        if (!reply->ok()) {
            if (m_banner)
                m_banner->showError(reply->error(), tr("Could not list the groups."));
            updateState();
            return;
        }
        for (const GroupInfo& group : reply->value()) {
            const QString label = group.memberCount >= 0
                ? tr("%1 (%n member(s))", nullptr, group.memberCount).arg(group.name.isEmpty() ? group.id : group.name)
                : (group.name.isEmpty() ? group.id : group.name);
            m_ui->groupCombo->addItem(PlainText::line(label), group.id);
        }
        if (m_ui->groupCombo->count() == 0)
            m_ui->groupCombo->addItem(tr("No groups"));
        updateState();
    });
}

void ComposerWidget::addGroupMembers()
{
    const QString groupId = m_ui->groupCombo->currentData().toString();
    if (groupId.isEmpty() || !m_session || !m_session->hasServer())
        return;
    const QString groupName = m_ui->groupCombo->currentText();
    m_ui->addGroupButton->setEnabled(false);
    auto* reply = m_session->group(groupId);
    connect(reply, &ApiReply::finished, this, [this, reply, groupName] {
        updateState();
        if (!reply->ok()) {
            if (m_banner)
                m_banner->showError(reply->error(), tr("Could not read the members of %1.").arg(groupName));
            return;
        }
        const QStringList members = reply->value().members;
        if (members.isEmpty()) {
            m_ui->recipientHint->showNote(tr("%1 has no members.").arg(groupName));
            return;
        }
        const int before = m_model->rowCount();
        addJids(RecipientParser::parse(members.join(QLatin1Char('\n')), m_model->domain()).jids);
        m_ui->recipientHint->showNote(
            tr("Added %n member(s) of %1.", nullptr, m_model->rowCount() - before).arg(groupName));
    });
}

void ComposerWidget::removeSelected()
{
    QStringList jids;
    const QModelIndexList rows = m_ui->recipientsView->selectionModel()->selectedRows(RecipientsModel::RecipientColumn);
    for (const QModelIndex& index : rows)
        jids << index.data(RecipientsModel::JidRole).toString();
    m_model->removeRecipients(jids);
}

void ComposerWidget::send()
{
    if (isSending() || !m_session)
        return;
    if (m_session->state() != ServerSession::State::Connected || !m_session->hasServer()) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Type::Error,
                tr("Not connected to a server: the message was not sent. The draft is kept."));
        return;
    }
    if (m_session->isReadOnly())
        return;
    // Names typed but not added yet are meant as recipients too.
    if (!m_ui->recipientEdit->text().trimmed().isEmpty()) {
        addFromText(m_ui->recipientEdit->text());
        if (!m_ui->recipientEdit->text().trimmed().isEmpty())
            return;
    }
    if (m_ui->messageEdit->toPlainText().trimmed().isEmpty()) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Type::Warning, tr("Type the message first."));
        m_ui->messageEdit->setFocus();
        return;
    }
    if (m_model->rowCount() == 0) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Type::Warning,
                tr("Add at least one recipient: type user names, paste a list or add a group's members."));
        m_ui->recipientEdit->setFocus();
        return;
    }
    // Every recipient is checked first, so that unknown ones can be named before anything is sent.
    const QStringList unchecked = m_model->addressesWith(RecipientChecker::Existence::Unchecked);
    if (!unchecked.isEmpty() || m_checker->isBusy()) {
        m_sendWhenChecked = true;
        m_ui->progressLabel->setText(tr("Checking the recipients…"));
        checkRecipients(unchecked);
        return;
    }
    m_ui->progressLabel->clear();
    const QStringList unknown = m_model->addressesWith(RecipientChecker::Existence::Unknown);
    QStringList sendable;
    for (const QString& address : m_model->addresses()) {
        if (!unknown.contains(address))
            sendable << address;
    }
    if (sendable.isEmpty()) {
        if (m_banner)
            m_banner->showMessage(MessageBanner::Type::Error,
                tr("None of the recipients exists on this server: nothing was sent. Check the names."));
        return;
    }
    if (unknown.isEmpty()) {
        startSending(sendable);
        return;
    }
    QStringList unknownJids;
    for (const QString& address : unknown)
        unknownJids << m_model->jidOfAddress(address);
    MessageBox::confirm(
        this, tr("Skip Unknown Recipients?"),
        tr("%n recipient(s) do not exist on this server and will be skipped: %1.", nullptr, int(unknown.size()))
            .arg(nameList(unknownJids)),
        tr("Send to the Other %n", nullptr, int(sendable.size())), [this, sendable] { startSending(sendable); },
        QMessageBox::Question);
}

void ComposerWidget::startSending(const QStringList& addresses)
{
    if (isSending() || !m_session || !m_session->hasServer())
        return;
    if (m_banner)
        m_banner->hide();
    m_model->clearOutcomes();
    for (const QString& address : m_model->addresses()) {
        if (!addresses.contains(address))
            m_model->setOutcome(address, MessageSendJob::Outcome::NoSuchUser);
    }
    if (m_job)
        m_job->deleteLater();
    auto* job = new MessageSendJob(m_session, this);
    job->setUnverified(m_model->addressesWith(RecipientChecker::Existence::CheckFailed));
    job->setStyle(m_ui->optionsWidget->style());
    attachJob(job);
    job->start(m_ui->messageEdit->toPlainText(), addresses);
    updateState();
}

void ComposerWidget::attachJob(MessageSendJob* job)
{
    m_job = job;
    connect(job, &MessageSendJob::outcomeChanged, this,
        [this, job](const QString& address, MessageSendJob::Outcome outcome) {
            m_model->setOutcome(address, outcome, job->isInferred(address),
                ComposerStatusText::problemFor(address, job->error(address)));
            if (job->isRunning())
                m_ui->progressLabel->setText(ComposerStatusText::progress(*job));
        });
    connect(job, &MessageSendJob::fellBackToSingleMessages, this, [this] {
        m_ui->routeNote->setText(tr("This server has no multicast route (a bug of the published module): the "
                                    "message goes out as one request per recipient, a few at a time."));
        m_ui->routeNote->show();
    });
    connect(job, &MessageSendJob::finished, this, &ComposerWidget::jobFinished);
}

void ComposerWidget::retryFailed()
{
    if (!m_job || isSending() || !m_session || !m_session->hasServer())
        return;
    if (!m_job->isFor(m_session)) {
        // Connected anew since: the same message to the same recipients, through the new client.
        const QString message = m_job->message();
        const MessageStyle style = m_job->style();
        const QStringList again = m_job->retryableRecipients();
        m_job->deleteLater();
        auto* job = new MessageSendJob(m_session, this);
        job->setUnverified(m_model->addressesWith(RecipientChecker::Existence::CheckFailed));
        job->setStyle(style);
        attachJob(job);
        job->start(message, again);
    } else if (!m_job->retryFailed()) {
        return;
    }
    if (m_banner)
        m_banner->hide();
    updateState();
}

void ComposerWidget::cancelSending()
{
    if (isSending())
        m_job->cancel();
}

void ComposerWidget::jobFinished()
{
    MessageSendJob* job = m_job;
    if (!job)
        return;
    m_ui->progressLabel->clear();
    const QString summary = ComposerStatusText::summary(*m_model);
    const bool complete = job->retryableRecipients().isEmpty() && job->count(MessageSendJob::Outcome::Uncertain) == 0;
    if (m_banner)
        ComposerStatusText::showFinished(*m_banner, *job, summary);
    // Sent to everyone it could reach: the next message starts from an empty page. Otherwise the
    // draft stays as it is, for a retry or a correction.
    if (complete && job->message() == m_ui->messageEdit->toPlainText())
        m_ui->messageEdit->clear();
    updateState();
    emit sendFinished();
}

void ComposerWidget::saveDraft()
{
    if (m_restoring)
        return;
    m_draft->setDraft({m_ui->messageEdit->toPlainText(), m_model->jids()});
}

void ComposerWidget::updateSummary()
{
    m_ui->recipientsSummary->setText(ComposerStatusText::recipients(*m_model));
}

void ComposerWidget::updateState()
{
    const bool connected = m_session && m_session->state() == ServerSession::State::Connected;
    const bool readOnly = m_session && m_session->isReadOnly();
    const bool sending = isSending();
    const int recipients = m_model->rowCount();

    m_ui->recipientEdit->setEnabled(!sending);
    m_ui->addButton->setEnabled(!sending);
    m_ui->pasteButton->setEnabled(!sending);
    const bool groupsUsable = connected && !sending && m_session->capabilities().groupListing
        && !m_ui->groupCombo->currentData().toString().isEmpty();
    m_ui->addGroupButton->setEnabled(groupsUsable);
    if (connected && m_session->capabilities().groupListing)
        m_ui->groupCombo->setEnabled(!sending && m_ui->groupCombo->count() > 0);
    m_ui->removeButton->setEnabled(!sending && m_ui->recipientsView->selectionModel()->hasSelection());
    m_ui->clearButton->setEnabled(!sending && recipients > 0);
    m_ui->messageEdit->setReadOnly(sending);

    QString why;
    if (!connected)
        why = tr("Not connected to a server.");
    else if (readOnly)
        why = tr("This connection is read-only: sending messages is disabled.");
    m_ui->sendButton->setEnabled(why.isEmpty() && !sending);
    m_ui->optionsWidget->setPreviewEnabled(why.isEmpty() && !sending);
    m_ui->sendButton->setToolTip(why.isEmpty() ? tr("Send the message to the recipients (Ctrl+Return)") : why);
    m_ui->sendButton->setText(recipients > 0 ? tr("&Send to %n Recipient(s)", nullptr, recipients) : tr("&Send"));
    m_ui->cancelButton->setVisible(sending);

    const int retryable = m_job ? int(m_job->retryableRecipients().size()) : 0;
    m_ui->retryButton->setVisible(retryable > 0 && !sending);
    m_ui->retryButton->setEnabled(why.isEmpty());
    m_ui->retryButton->setText(tr("Re&try Failed (%n)", nullptr, retryable));
}
