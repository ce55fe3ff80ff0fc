// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "messaging/BroadcastTarget.h"
#include "operations/SendBroadcast.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class CountOnlineUsers;
class Operation;
class SendBroadcast;

// Sends one message to every user online on each of a list of servers (POST /broadcast): one
// target for this server, several for a fleet. Before sending it can count who is online on each
// (GET /users/count); afterwards it knows how many were reached on each and which failed.
// All targets are asked at once: each is a different server. The requests run as operations
// (CountOnlineUsers, SendBroadcast) on the one batch mechanism of every operation.
class BroadcastJob : public QObject
{
    Q_OBJECT
public:
    enum class CountState { Unknown, Counting, Counted, Failed };
    Q_ENUM(CountState)
    enum class SendState { NotSent, Sending, Sent, Failed, Cancelled };
    Q_ENUM(SendState)
    // Who gets it: the users online now (POST /broadcast), or every registered user, offline ones
    // from their offline queue (POST /announce, our module's extension).
    using Audience = SendBroadcast::Audience;

    struct Status
    {
        CountState countState = CountState::Unknown;
        int online = -1; // users online at the last count, -1 when unknown
        ApiError countError;
        SendState sendState = SendState::NotSent;
        int reached = -1; // users the server reports the broadcast reached, -1 until sent
        int queued = -1; // Registered audience: of those reached, queued for offline users
        ApiError sendError;
    };

    explicit BroadcastJob(const QList<BroadcastTarget>& targets, QObject* parent = nullptr);
    ~BroadcastJob() override;

    // The job becomes the parent of its targets' clients (made for this broadcast alone, see
    // FleetTargets), so they live as long as it does.
    void takeClients();

    int targetCount() const { return int(m_targets.size()); }
    const BroadcastTarget& target(int index) const { return m_targets.at(index); }
    const Status& status(int index) const { return m_statuses.at(index); }

    // GET /users/count on every target; statusChanged() per target, then countsFinished().
    void countOnline();
    // POST /broadcast on every target; statusChanged() per target, then sendFinished().
    // Ignored while sending.
    void send(const QString& message);
    // Sends the same message again to the targets that failed or were cancelled. False when there
    // is none or a send is running.
    bool retryFailed();
    // Aborts the broadcasts in flight (those targets become Cancelled; a server that already got
    // the request may still deliver it) and any count in flight.
    void cancel();

    bool isCounting() const;
    bool isSending() const;
    QString message() const { return m_message; }
    void setAudience(Audience audience) { m_audience = audience; }
    Audience audience() const { return m_audience; }
    // The type and subject of the messages sent from now on (our module's extension).
    void setStyle(const MessageStyle& style) { m_style = style; }
    MessageStyle style() const { return m_style; }
    // Sums over the targets whose count or send is known.
    int totalOnline() const;
    int totalReached() const;
    int countIn(SendState state) const;
    QList<int> failedTargets() const;

signals:
    void statusChanged(int index);
    void countsFinished();
    void sendFinished();

private:
    void startSend(const QList<int>& targets);
    void countChanged(int index);
    void sendChanged(int item);
    // Forgets an operation: its calls are aborted and no answer of theirs reaches the job any more.
    // The one place where stale replies are dropped.
    void drop(Operation* operation);
    // Tells JobNotices how the broadcast went.
    void reportEnd() const;

    QList<BroadcastTarget> m_targets;
    QList<Status> m_statuses;
    QPointer<CountOnlineUsers> m_count;
    QPointer<SendBroadcast> m_send;
    QList<int> m_sendTargets; // the target of each of m_send's items
    QString m_message;
    MessageStyle m_style;
    Audience m_audience = Audience::Online;
};
