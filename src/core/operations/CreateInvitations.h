// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "operations/Operation.h"

// POST /invites for each request (the CSV import's "invite instead of a password", or one from the
// Invitations pane), one after the other; invitation(i) is what the server made for item i (its
// link and token), kept for the CSV export of (user, link) for a mail merge. An invitation is not
// idempotent: retryFailed() only resends the failed ones, so none is made twice.
class CreateInvitations : public Operation
{
    Q_OBJECT
public:
    CreateInvitations(ServerSession* session, const QList<InvitationRequest>& requests, QObject* parent = nullptr);

    // The invitation made for item `index`, or an empty one (no token) while it has not succeeded.
    Invitation invitation(int index) const;
    // The invitations made, in item order.
    QList<Invitation> created() const;

private:
    QList<Invitation> m_invitations;
};
