// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/RevokeInvitations.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

RevokeInvitations::RevokeInvitations(ServerSession* session, const QStringList& tokens, QObject* parent)
    : Operation(session, parent)
{
    setConcurrency(1);
    for (const QString& token : tokens)
        addItem(token, {step([token](AdminRestClient* c) -> ApiReply* { return c->revokeInvitation(token); })});
}
