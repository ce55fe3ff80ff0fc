// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class AdminRestClient;
class ServerSession;
class ApiReply;
class RequestScope;

// Finds out whether users exist (GET /user/<u>) before a message is sent to them, and whether
// they are online, with at most maxConcurrent() requests at a time. Users are given as they go
// into a request path ("alice", "bob@other.example").
class RecipientChecker : public QObject
{
    Q_OBJECT
public:
    enum class Existence {
        Unchecked,
        Checking,
        Exists,
        Unknown, // 404: no such user (or the user's domain is not one of this server's)
        CheckFailed, // the server could not tell: see the error
    };
    Q_ENUM(Existence)

    explicit RecipientChecker(AdminRestClient* client, QObject* parent = nullptr);
    ~RecipientChecker() override;

    // A new connection: drops what is queued or in flight.
    void setClient(AdminRestClient* client);
    // The session's current client (none without a server).
    void setSession(const ServerSession* session);
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }
    int maxConcurrent() const { return m_maxConcurrent; }

    // Queues users not already queued or being checked; checked() follows for each.
    void check(const QStringList& users);
    // Forgets what is queued and aborts what is in flight (no checked() for them).
    void cancel();
    bool isBusy() const { return !m_queue.isEmpty() || !m_inFlight.isEmpty(); }
    int inFlight() const { return int(m_inFlight.size()); }
    int maxInFlightObserved() const { return m_maxInFlightObserved; }

signals:
    void checked(const QString& user, RecipientChecker::Existence existence, bool online, const ApiError& error);
    // Everything queued has been checked.
    void idle();

private:
    struct InFlight
    {
        QString user;
        QPointer<ApiReply> reply;
    };
    void pump();

    QPointer<AdminRestClient> m_client;
    int m_maxConcurrent = 4;
    RequestScope* m_scope = nullptr;
    QStringList m_queue;
    QList<InFlight> m_inFlight;
    int m_maxInFlightObserved = 0;
};
