// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/SyncGroup.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

SyncGroup::SyncGroup(ServerSession* session, const QString& groupId, QObject* parent)
    : Operation(session, parent)
{
    addItem(groupId, {step([groupId](AdminRestClient* c) { return c->syncGroup(groupId); })});
}
