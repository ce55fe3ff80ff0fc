// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class AdminRestClient;
class MulticastMessage;
class Operation;
class SendMessages;
class ServerSession;

// Sends one message to a list of recipients of one server and finds out what became of each.
// Its requests run as operations (MulticastMessage, SendMessages) on the one batch mechanism of
// every operation; each round of sending is one or two of them.
//
// It sends through the server's multicast (POST /message with recipients) where it can, and one
// message per recipient (POST /message/<user>, at most maxConcurrent() at a time) where the server
// has no multicast (ApiError::Kind::NotSupported: the published "current" module's bug) or when
// there is only one recipient. See reconcileMulticast() for how per-recipient outcomes are derived
// from the multicast's aggregate counts.
//
// Recipients are given as the server expects them in a request ("alice" on the client's own host,
// "bob@other.example" elsewhere) and identify their outcome. Duplicates are ignored.
class MessageSendJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Pending, // not sent yet
        Sending, // a request carrying it is on its way
        Delivered, // 200: sent to the user's online sessions
        Queued, // 202: stored for offline delivery
        Reached, // delivered or queued: the multicast's counts do not say which
        Dropped, // 501: offline and the server keeps no offline messages
        NoSuchUser, // 404: no such user, or no such host on this server
        Uncertain, // multicast counts that cannot be attributed to recipients: may or may not have arrived
        Failed, // any other error: see error()
        Cancelled, // cancel() came first
    };
    Q_ENUM(Outcome)

    // Through the session's current client; multicast is tried unless the probe found it missing.
    explicit MessageSendJob(ServerSession* session, QObject* parent = nullptr);
    ~MessageSendJob() override;

    // At most this many requests at a time when sending one per recipient (default 4).
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    // False skips multicast and sends one per recipient (the probe found the route missing, or the
    // caller wants exact per-recipient outcomes). Default true.
    void setTryMulticast(bool tryMulticast) { m_tryMulticast = tryMulticast; }
    bool tryMulticast() const { return m_tryMulticast; }

    // Recipients whose existence was not confirmed beforehand: they are sent one by one even when
    // multicast is used for the others, because a multicast silently skips unknown users and its
    // counts could then not be attributed. Applies to the next start().
    void setUnverified(const QStringList& recipients);

    // Sends `message` to `recipients`; outcomeChanged() per recipient, then finished() once.
    // Ignored while running.
    void start(const QString& message, const QStringList& recipients);
    // Sends the same message again to the recipients it did not reach (isRetryable()). Returns false
    // when there is none or the job is running.
    bool retryFailed();
    // Aborts what is in flight; recipients not answered yet become Cancelled; finished() follows.
    // A request already received by the server may still deliver its message.
    void cancel();

    bool isRunning() const { return m_running; }
    // Whether it sends through the session's current client (false once the session connected anew).
    bool isFor(const ServerSession* session) const;
    QString message() const { return m_message; }
    // The type and subject of the messages sent from now on (our module's extension).
    void setStyle(const MessageStyle& style) { m_style = style; }
    MessageStyle style() const { return m_style; }
    QStringList recipients() const { return m_recipients; }
    Outcome outcome(const QString& recipient) const { return m_outcomes.value(recipient, Outcome::Pending); }
    // The error of a Failed, Dropped or NoSuchUser recipient.
    ApiError error(const QString& recipient) const { return m_errors.value(recipient); }
    // True when the outcome was derived from multicast counts, not answered for this recipient.
    bool isInferred(const QString& recipient) const { return m_inferred.contains(recipient); }
    int count(Outcome outcome) const;
    // Not reached and safe to send again: Dropped, NoSuchUser, Failed, Cancelled. Uncertain is not
    // retried on its own, as it may have arrived.
    static bool isRetryable(Outcome outcome);
    static bool isReached(Outcome outcome);
    QStringList retryableRecipients() const;
    // True once the server answered that it has no multicast; later rounds send one by one at once.
    bool multicastMissing() const { return m_multicastMissing; }
    // The last multicast's counts, when one was answered.
    std::optional<MulticastResult> lastMulticastResult() const { return m_lastMulticast; }
    // Requests in flight right now, and the most there were at once (for tests of the bound).
    int inFlight() const;
    int maxInFlightObserved() const { return m_maxInFlightObserved; }

signals:
    void outcomeChanged(const QString& recipient, MessageSendJob::Outcome outcome);
    // The server has no multicast: the job now sends one message per recipient.
    void fellBackToSingleMessages();
    void finished();

private:
    void startRound(const QStringList& recipients);
    void multicast(const QStringList& recipients);
    void multicastFinished(const MulticastMessage& operation, const QStringList& recipients);
    void reconcileMulticast(const QStringList& recipients, const QSet<QString>& online, const MulticastResult& counts);
    void sendOneByOne(const QStringList& recipients);
    void singleChanged(const SendMessages& operation, int index);
    // Starts an operation of this round; the job is finished once none of them runs.
    void run(Operation* operation);
    // Forgets the round's operations: their calls are aborted and no answer of theirs reaches the
    // job any more. The one place where stale replies are dropped.
    void dropOperations();
    void setOutcome(const QString& recipient, Outcome outcome, const ApiError& error = {}, bool inferred = false);
    void finishIfIdle();
    // "alice" and "alice@<client's domain>" are the same user, lower-cased.
    QString userKey(const QString& user) const;

    QPointer<ServerSession> m_session;
    // The client the job was made for: a session connected anew sends nothing of this job's.
    QPointer<AdminRestClient> m_client;
    QString m_domain;
    int m_maxConcurrent = 4;
    bool m_tryMulticast = true;
    bool m_multicastMissing = false;
    bool m_running = false;
    QString m_message;
    MessageStyle m_style;
    QStringList m_recipients;
    QHash<QString, Outcome> m_outcomes;
    QHash<QString, ApiError> m_errors;
    QSet<QString> m_inferred;
    QSet<QString> m_unverified; // userKey()s
    QList<QPointer<Operation>> m_operations; // the current round's
    int m_maxInFlightObserved = 0;
    std::optional<MulticastResult> m_lastMulticast;
};
