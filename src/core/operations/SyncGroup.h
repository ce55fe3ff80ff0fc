// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#pragma once

#include "operations/Operation.h"

// Makes the server bring every member's roster in line with the group: POST /groups/<id>/sync.
class SyncGroup : public Operation
{
    Q_OBJECT
public:
    SyncGroup(ServerSession* session, const QString& groupId, QObject* parent = nullptr);

    bool succeeded() const { return outcome(0).status == Status::Succeeded; }
};
