// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/CreateInvitations.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

CreateInvitations::CreateInvitations(ServerSession* session, const QList<InvitationRequest>& requests, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(1);
    for (const InvitationRequest& request : requests) {
        const int index = int(m_invitations.size());
        m_invitations.append(Invitation{});
        const QString label = request.username.isEmpty() ? tr("(any name)") : request.username;
        addItem(label,
            {valueStep([request](AdminRestClient* c) { return c->createInvitation(request); },
                [this, index](const Invitation& invitation) { m_invitations[index] = invitation; })});
    }
}

Invitation CreateInvitations::invitation(int index) const
{
    return outcome(index).status == Status::Succeeded ? m_invitations.at(index) : Invitation{};
}

QList<Invitation> CreateInvitations::created() const
{
    QList<Invitation> found;
    for (int i = 0; i < itemCount(); ++i) {
        if (outcome(i).status == Status::Succeeded)
            found << m_invitations.at(i);
    }
    return found;
}
