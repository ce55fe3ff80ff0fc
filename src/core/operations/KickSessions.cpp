// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/KickSessions.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

KickSessions::KickSessions(ServerSession* session, const QStringList& sessions, const QString& reason, QObject* parent)
    : Operation(session, parent)
{
    for (const QString& full : sessions) {
        const int index = int(m_closed.size());
        m_closed.append(0);
        const QString user = userPath(full.section(QLatin1Char('/'), 0, 0));
        const QString resource = full.section(QLatin1Char('/'), 1);
        addItem(full,
            {valueStep([user, resource, reason](AdminRestClient* c) { return c->kick(user, resource, reason); },
                [this, index](int closed) { m_closed[index] = closed; })});
    }
}

bool KickSessions::endedMeanwhile(int index) const
{
    return outcome(index).status == Status::Failed && outcome(index).error.kind == ApiError::Kind::NotFound;
}

int KickSessions::closed() const
{
    int total = 0;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded)
            total += m_closed.at(i);
    }
    return total;
}

QStringList KickSessions::failed() const
{
    QStringList found;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Failed && !endedMeanwhile(i))
            found << outcome(i).label;
    }
    return found;
}

ApiError KickSessions::lastError() const
{
    ApiError last;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Failed && !endedMeanwhile(i))
            last = outcome(i).error;
    }
    return last;
}
