// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messaging/BroadcastJob.h"

#include <QDialog>
#include <QList>

#include <memory>

class BroadcastTargetsModel;
class DraftStore;
class ServerSession;
namespace Ui {
class BroadcastDialog;
}

// Sends one message to every user online on a list of servers (POST /broadcast). Before sending
// it shows how many users are online on each (GET /users/count) and asks for confirmation;
// afterwards it shows how many each reached and which failed, with a retry for those.
//
// The targets are a list so that a fleet broadcast is the same dialog with several entries:
// openFor() covers this server, FleetBroadcast::open() a list of profiles.
class BroadcastDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BroadcastDialog(const QList<BroadcastTarget>& targets, QWidget* parent = nullptr);
    ~BroadcastDialog() override;

    // This server only; read-only sessions get a dialog that cannot send. Deleted when closed.
    static BroadcastDialog* openFor(ServerSession* session, QWidget* parent);

    // Disables sending, saying why (read-only profile).
    void setReadOnly(const QString& why);
    // Whether the server can send a message type and subject (our module's extension).
    void setStyleAvailable(bool available);
    // Whether the server(s) can reach every registered user, offline ones included (POST /announce).
    // Fleet broadcasts offer it; a server without it then reports the send as failed.
    void setAnnounceAvailable(bool available);
    // Something the operator should know before sending (servers left out of a fleet).
    void showNote(const QString& text);

    BroadcastJob* job() const { return m_job; }
    BroadcastTargetsModel* model() const { return m_model; }
    QString messageText() const;
    void setMessageText(const QString& text);
    void send();
    void retryFailed();

signals:
    void sendFinished();

private:
    void showTotals();
    void sendConfirmed(const QString& message);
    void broadcastFinished();
    void updateState();

    std::unique_ptr<Ui::BroadcastDialog> m_ui;
    BroadcastJob* m_job = nullptr;
    BroadcastTargetsModel* m_model = nullptr;
    DraftStore* m_draft = nullptr;
    QString m_readOnlyReason;
    bool m_announceAvailable = true;
};
