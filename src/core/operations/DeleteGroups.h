// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// DELETE /groups/<id> for each group. The members keep their accounts; the server removes the
// group's entries from their rosters.
class DeleteGroups : public Operation
{
    Q_OBJECT
public:
    DeleteGroups(ServerSession* session, const QStringList& groupIds, QObject* parent = nullptr);
};
