// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/CreateResetInvitations.h"

#include "api/AdminRestClient.h"
#include "input/UserReference.h"
#include "session/ServerSession.h"

CreateResetInvitations::CreateResetInvitations(ServerSession* session, const QStringList& jids, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(1);
    const QString domain = client() ? client()->domain() : QString();
    for (const QString& jid : jids) {
        const int index = int(m_invitations.size());
        m_invitations.append(Invitation{});
        const QString path = UserReference::forPath(jid, domain);
        addItem(jid,
            {valueStep([path](AdminRestClient* c) { return c->createResetInvitation(path); },
                [this, index](const Invitation& invitation) { m_invitations[index] = invitation; })});
    }
}

Invitation CreateResetInvitations::invitation(int index) const
{
    return outcome(index).status == Status::Succeeded ? m_invitations.at(index) : Invitation{};
}
