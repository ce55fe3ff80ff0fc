// SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
// SPDX-License-Identifier: MIT
#include "operations/DeleteGroups.h"

#include "api/AdminRestClient.h"
#include "session/ServerSession.h"

DeleteGroups::DeleteGroups(ServerSession* session, const QStringList& groupIds, QObject* parent)
    : Operation(session, parent)
{
    for (const QString& id : groupIds)
        addItem(id, {step([id](AdminRestClient* c) -> ApiReply* { return c->deleteGroup(id); })});
}
