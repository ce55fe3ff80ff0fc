// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/CreateGroup.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

CreateGroup::CreateGroup(
    ServerSession* session, const QString& name, const QString& groupId, bool createDefaultMuc, QObject* parent)
    : Operation(session, parent)
    , m_groupId(groupId)
{
    addItem(name,
        {valueStep([name, groupId, createDefaultMuc](
                       AdminRestClient* c) { return c->createGroup(name, groupId, createDefaultMuc); },
            [this](const QString& id) { m_groupId = id; })});
}
