// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class DraftStore;
class MessageBanner;
class MessageSendJob;
class RecipientChecker;
class RecipientsModel;
class RequestScope;
class ServerSession;
namespace Ui {
class ComposerWidget;
}

// Writes one message to some users of the connected server: recipients typed, pasted, taken from
// a group or handed over by another pane; each validated, de-duplicated and checked against the
// server (unknown ones are flagged and skipped); sent through MessageSendJob with each recipient's
// outcome in the table, a retry for those not reached and a draft that survives failures,
// cancellations and restarts. Hosted by ComposerPane and ComposerDialog, which lend it their banner.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    // `draftName` tells the drafts of different hosts apart (DraftStore).
    ComposerWidget(ServerSession* session, const QString& draftName, MessageBanner* banner, QWidget* parent = nullptr);
    ~ComposerWidget() override;

    // Replaces the recipients (user names or JIDs); the message text is kept.
    void setRecipients(const QStringList& users);
    // Adds user names or JIDs; invalid ones are reported and returned to the input field.
    void addRecipients(const QStringList& users);
    // Puts the cursor in the message text (recipients already chosen).
    void focusMessage();
    QString messageText() const;
    void setMessageText(const QString& text);

    // Checks the recipients again and reloads the groups.
    void refresh();
    // refresh() now if the composer is on screen, else once when it is next shown: a composer off
    // screen asks the server nothing at sign-in or on auto-refresh.
    void refreshWhenShown();
    // Validates, asks about unknown recipients, then sends.
    void send();
    void retryFailed();
    void cancelSending();
    bool isSending() const;

    RecipientsModel* model() const { return m_model; }
    // The last send's job (null before the first send).
    MessageSendJob* job() const;
    DraftStore* draftStore() const { return m_draft; }

signals:
    // A send or retry ended (its summary is in the banner).
    void sendFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpWidgets();
    // The recipient, send, retry and cancel controls.
    void connectControls();
    // Recipients and message text changed: the draft, summary and buttons follow.
    void connectModel();
    void connectCheckerAndDraft();
    void connectSession(ServerSession* session);
    void restoreDraft();
    void sessionConnected();
    void sessionDisconnected();
    void addFromText(const QString& text);
    void addJids(const QStringList& jids);
    void checkRecipients(const QStringList& addresses);
    void loadGroups();
    void addGroupMembers();
    void removeSelected();
    void startSending(const QStringList& addresses);
    void attachJob(MessageSendJob* job);
    void jobFinished();
    void saveDraft();
    void updateState();
    void updateSummary();

    std::unique_ptr<Ui::ComposerWidget> m_ui;
    QPointer<ServerSession> m_session;
    QPointer<MessageBanner> m_banner;
    RecipientsModel* m_model = nullptr;
    RecipientChecker* m_checker = nullptr;
    DraftStore* m_draft = nullptr;
    QPointer<MessageSendJob> m_job;
    bool m_sendWhenChecked = false;
    bool m_restoring = false;
    bool m_refreshWaiting = false; // refreshWhenShown() was called while off screen
    RequestScope* m_groupsScope = nullptr; // the group list's replies
};
