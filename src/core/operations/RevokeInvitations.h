// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// DELETE /invites/<token> for each invitation, one after the other. A token the server no longer
// has fails with its 404 "Invitation does not exist: <token>".
class RevokeInvitations : public Operation
{
    Q_OBJECT
public:
    RevokeInvitations(ServerSession* session, const QStringList& tokens, QObject* parent = nullptr);
};
