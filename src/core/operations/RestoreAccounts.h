// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// POST /pending-deletions/<u>/restore for each account deleted within the server's grace period, one
// after the other: the account is enabled again with everything it had.
class RestoreAccounts : public Operation
{
    Q_OBJECT
public:
    RestoreAccounts(ServerSession* session, const QStringList& jids, QObject* parent = nullptr);
};
