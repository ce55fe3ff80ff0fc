// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiTypes.h"
#include "operations/Operation.h"

#include <QList>

// Reads the sessions of each user (GET /user/<u>), Concurrency at a time: the details the session
// listing lacks (address, port, encryption, id). A user deleted since the listing (404) has no
// sessions any more: wasGone() tells it apart from a failure.
class ReadUserSessions : public Operation
{
    Q_OBJECT
public:
    static constexpr int Concurrency = 4;

    // users are bare JIDs (of the session's host, or local parts).
    ReadUserSessions(ServerSession* session, const QStringList& users, QObject* parent = nullptr);

    // Once the item succeeded: the user's sessions as the server reports them.
    const QList<Session>& sessions(int index) const { return m_sessions.at(index); }
    // The item failed because the user does not exist any more.
    bool wasGone(int index) const;

private:
    QList<QList<Session>> m_sessions;
};
