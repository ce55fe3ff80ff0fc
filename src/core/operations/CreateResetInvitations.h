// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/AccountTypes.h"
#include "operations/Operation.h"

// POST /invites/reset/<u> for each account, one after the other: an invitation with which the user
// sets a new password (the server's default lifetime, a day). invitation(i) is the one made for
// item i, to show as a QR code and link. retryFailed() resends only the failed ones.
class CreateResetInvitations : public Operation
{
    Q_OBJECT
public:
    // jids are bare JIDs (of the session's host, or a local part).
    CreateResetInvitations(ServerSession* session, const QStringList& jids, QObject* parent = nullptr);

    // The invitation made for item `index`, or an empty one (no token) while it has not succeeded.
    Invitation invitation(int index) const;

private:
    QList<Invitation> m_invitations;
};
