// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/ReadUserSessions.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

ReadUserSessions::ReadUserSessions(ServerSession* session, const QStringList& users, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(Concurrency);
    for (const QString& user : users) {
        const int index = int(m_sessions.size());
        m_sessions.append(QList<Session>{});
        const QString path = userPath(user);
        addItem(user,
            {valueStep([path](AdminRestClient* c) { return c->user(path); },
                [this, index](const UserInfo& info) { m_sessions[index] = info.sessions; })});
    }
}

bool ReadUserSessions::wasGone(int index) const
{
    return outcome(index).status == Status::Failed && outcome(index).error.kind == ApiError::Kind::NotFound;
}
